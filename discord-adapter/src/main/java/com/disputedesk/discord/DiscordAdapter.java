package com.disputedesk.discord;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.delivery.Backoff;
import com.disputedesk.core.delivery.DeliveryEvents;
import com.disputedesk.core.delivery.DeliveryService;
import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.delivery.Pacing;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.RefusalListener;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord adapter, the one class the composition root uses: build it, register {@link #outbox()} for
 * {@code Platform.DISCORD} with the routing outbox, then {@link #start} it with the engine's {@link Bot}.
 *
 * <p>Messages the bot posts on its own (reminders, digests) go through the desk's durable outbox: stored before
 * {@code send} returns, posted by the {@link DeliveryService} with Discord's answer awaited, retried on a 5xx or a
 * timeout, and on a refusal recorded as failed and passed to the {@link RefusalListener}.
 *
 * <p>On start it logs in (REST base and gateway URL from the settings), waits for the guilds, registers the
 * slash commands (per configured guild, or globally) and serves interactions until {@link #close()}.
 */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final int WORKERS = 4;
    private static final int SENDERS = 4;
    /** How long a post waits for Discord's answer before it counts as a failed try. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Messages failing with a 5xx or a timeout are tried this often before they are given up. */
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 12);

    private final DiscordSettings settings;
    private final Clock clock;
    private final Interactions interactions = new Interactions();
    private final AwaitingText awaiting = new AwaitingText();
    private final DiscordOutbox outbox;
    private final DeliveryService<DiscordPost> delivery;
    private volatile RefusalListener refusals = RefusalListener.none();
    private volatile com.disputedesk.core.delivery.HomeLoss homes = com.disputedesk.core.delivery.HomeLoss.none();
    private final ChatLanes lanes = new ChatLanes(WORKERS);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "discord-defer");
        t.setDaemon(true);
        return t;
    });
    /** One HTTP client for JDA's REST calls and the attachment downloads. */
    private final OkHttpClient http = new OkHttpClient.Builder().build();
    private volatile JDA jda;

    /**
     * @param settings connection and staff settings
     * @param clock    the time interactions are stamped with
     */
    public DiscordAdapter(DiscordSettings settings, Clock clock, Function<String, OutboxStore> outboxes) {
        this.settings = settings;
        this.clock = clock;
        DeliveryEvents<DiscordPost> events = new DeliveryEvents<>() {
            @Override
            public void refused(DiscordPost post, Refusal refusal) {
                refusals.refused(refusal);
            }
        };
        OutboxStore store = outboxes.apply(botKey(settings.token()));
        this.delivery = new DeliveryService<>("discord", store,
                new DiscordPostCodec(), new DiscordSender(() -> jda, new ChannelPrivacy(settings.publicChannels()),
                SEND_TIMEOUT, store.slots(), clock, () -> homes, this::requeue), Pacing.holdsOnly(), BACKOFF, clock,
                events, SENDERS);
        this.outbox = new DiscordOutbox(interactions, awaiting, settings, clock, delivery, store.slots());
    }

    /**
     * The bot's key in the shared outbox: "discord:" and its user id, which a bot token begins with (base64);
     * "discord" for a token that does not.
     */
    static String botKey(String token) {
        try {
            String id = new String(Base64.getDecoder().decode(token.split("\\.")[0]), StandardCharsets.US_ASCII);
            if (!id.isEmpty() && id.length() <= 20 && id.chars().allMatch(Character::isDigit)) {
                return "discord:" + id;
            }
        } catch (IllegalArgumentException e) {
            // not a bot token's shape (a test token): one key for all
        }
        return "discord";
    }

    /**
     * How to find the channel of a guild where most of the team's open cases live: the daily digest and delivery
     * notices go there when the guild has no {@code digest-channel}. Call before {@link #start}.
     */
    public void findBusiestChannelsWith(java.util.function.Function<com.disputedesk.core.chat.ChatRef,
            java.util.Optional<String>> finder) {
        outbox.findBusiestChannelsWith(finder);
    }

    /**
     * Who is told when a case's thread is gone (the desk's case homes), so its posts go to the case's channel
     * instead; call before {@link #start}.
     */
    public void tellLostHomesTo(com.disputedesk.core.delivery.HomeLoss listener) {
        this.homes = listener == null ? com.disputedesk.core.delivery.HomeLoss.none() : listener;
    }

    /** A post queued again (in a case's channel, once its thread is gone). */
    private void requeue(DiscordPost post) {
        delivery.enqueue(post);
    }

    /**
     * Who is told when Discord refuses a message for good (the team's refusal notices); call before
     * {@link #start}. The refused message is recorded as failed and logged either way.
     */
    public void tellRefusalsTo(RefusalListener listener) {
        this.refusals = listener == null ? RefusalListener.none() : listener;
    }

    /** Where the core's replies for Discord chats go; usable before {@link #start}, delivering after it. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Logs in, registers the slash commands generated from the commands {@code bot} declares and starts serving;
     * returns once the bot is connected and its commands are registered.
     *
     * @throws IllegalStateException when login fails (a wrong token, an unreachable Discord)
     */
    public void start(Bot bot) {
        CommandCatalog catalog = new CommandCatalog(bot.commands());
        DeskListener listener = new DeskListener(bot, new StaffGate(settings.staffRoles()),
                new CommandMapper(http, catalog), interactions, awaiting, lanes, timers, settings, clock);
        EnumSet<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
        if (settings.messageContent()) {
            intents.add(GatewayIntent.GUILD_MESSAGES);
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        String gateway = settings.gatewayUrl();
        JDA connected = null;
        try {
            connected = JDABuilder.createLight(settings.token(), intents)
                    .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                    .setSessionController(new SessionControllerAdapter() {
                        @Override
                        public String getGateway() {
                            return gateway;
                        }
                    })
                    .setCompression(Compression.NONE)
                    .setHttpClient(http)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listener)
                    .build();
            connected.awaitReady();
        } catch (InterruptedException e) {
            connected.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Discord", e);
        } catch (RuntimeException e) {
            if (connected != null) {
                connected.shutdownNow();
            }
            // JDA's messages never contain the token; ours must not either.
            throw new IllegalStateException("could not log in to Discord: " + e.getMessage(), e);
        }
        this.jda = connected;
        outbox.attach(connected);
        delivery.start();
        registerCommands(connected, catalog);
        log.info("Discord: logged in as {}, serving guilds {}", connected.getSelfUser().getName(),
                settings.staffRoles().keySet());
    }

    private void registerCommands(JDA connected, CommandCatalog catalog) {
        List<SlashCommandData> commands = catalog.commands();
        if (settings.globalCommands()) {
            connected.updateCommands().addCommands(commands).complete();
            return;
        }
        if (settings.staffRoles().isEmpty()) {
            log.warn("Discord: no guilds configured under discord.guilds; no commands registered and nobody but "
                    + "server managers may use the desk");
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.staffRoles().entrySet()) {
            Guild guild = connected.getGuildById(e.getKey());
            if (guild == null) {
                missing.add(e.getKey());
                continue;
            }
            guild.updateCommands().addCommands(commands).complete();
        }
        if (!missing.isEmpty()) {
            log.warn("Discord: the bot is not in guild(s) {}; invite it there to serve them", missing);
        }
    }

    /** Disconnects and stops the adapter's threads. */
    @Override
    public void close() {
        // Whatever is still queued stays in the outbox and goes out on the next start.
        delivery.close(Duration.ofSeconds(2));
        JDA connected = jda;
        if (connected != null) {
            connected.shutdown();
            try {
                if (!connected.awaitShutdown(Duration.ofSeconds(5))) {
                    connected.shutdownNow();
                }
            } catch (InterruptedException e) {
                connected.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        timers.shutdownNow();
        lanes.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
