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
import com.disputedesk.core.delivery.OutboxSharing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
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
    private volatile ShardManager shards;
    private volatile ShardKeeper keeper;
    private volatile Sharding sharding = Sharding.alone(ShardPlan.single());
    /** How long the start waits for a shard it holds to connect. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(2);

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
                // the buttons say what the message was about (a reminder's carry its id)
                refusals.refused(refusal.withButtons(post.reply().choices().stream()
                        .map(com.disputedesk.core.chat.Choice::id).toList()));
            }
        };
        // Posts are claimed per row by the process running the guild's shard, whichever process stored them; a
        // killed process's claims run out with its shard leases (see OutboxSharing for why not post by bare REST).
        OutboxSharing outboxSharing = new OutboxSharing(() -> sharding.takeOverAfter(), this::shardsReadyToPost);
        OutboxStore store = outboxes.apply(botKey(settings.token()));
        this.delivery = new DeliveryService<>("discord", store,
                new DiscordPostCodec(() -> sharding.plan()), new DiscordSender(() -> shards, this::servesGuild,
                this::channelWhenSent, new ChannelPrivacy(settings.publicChannels()), SEND_TIMEOUT, store.slots(),
                clock, () -> homes, this::requeue), Pacing.holdsOnly(), BACKOFF, clock, events, SENDERS,
                outboxSharing);
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
     * How this process shares the bot's gateway shards with other processes (call before {@link #start}); by default
     * it runs one shard, the whole bot, alone.
     */
    public void shareShards(Sharding sharding) {
        this.sharding = java.util.Objects.requireNonNull(sharding, "sharding");
    }

    /**
     * Logs in, starts the shards whose leases this process holds (see {@link Sharding}), publishes the slash
     * commands generated from the commands {@code bot} declares for the guilds of those shards (when changed) and
     * starts serving; returns once those shards are connected and their commands published. A process that holds no
     * shard's lease returns at once and stands by.
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
        if (!settings.globalCommands() && settings.staffRoles().isEmpty()) {
            log.warn("Discord: no guilds configured under discord.guilds; no commands registered and nobody but "
                    + "server managers may use the desk");
        }
        String selfName = verifyToken();
        List<CommandData> commands = new java.util.ArrayList<>(catalog.commands());
        commands.addAll(catalog.menuCommands());
        String hash = CommandPublisher.hash(commands, settings.globalCommands());
        CommandPublisher publisher = new CommandPublisher(settings, sharding, botKey(settings.token()), commands,
                hash);
        ShardKeeper shardKeeper = new ShardKeeper(sharding, clock, publisher::publishFor);
        ShardManager manager;
        try {
            manager = DefaultShardManagerBuilder.createLight(settings.token(), intents)
                    .setShardsTotal(sharding.plan().total())
                    // None queued: the keeper starts each shard once it holds the shard's lease.
                    .setShards(List.of())
                    .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                    .setSessionController(new GatewayAt(settings.gatewayUrl(), sharding.plan().total()))
                    .setCompression(Compression.NONE)
                    .setHttpClient(http)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listener, shardKeeper)
                    .build(false);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not log in to Discord: " + e.getMessage(), e);
        }
        this.shards = manager;
        this.keeper = shardKeeper;
        outbox.attach(manager);
        java.util.Set<Integer> started = shardKeeper.start(manager);
        for (int id : started) {
            try {
                shardKeeper.ready(id).get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while connecting to Discord", e);
            } catch (ExecutionException | TimeoutException e) {
                close();
                // JDA's messages never contain the token; ours must not either.
                throw new IllegalStateException("could not log in to Discord: shard " + id + " did not connect: "
                        + (e.getCause() == null ? e : e.getCause()).toString(), e);
            }
        }
        delivery.start();
        log.info("Discord: logged in as {}, running shard(s) {} of {}, serving guilds {}", selfName, started,
                sharding.plan().total(), settings.staffRoles().keySet());
    }

    /** The channel a post stored for a whole guild goes to, chosen by the process sending it. */
    private String channelWhenSent(String guildId) {
        return outbox.channelWhenSent(guildId);
    }

    /** Whether this process runs the shard of guild {@code guildId} now, with the guild in JDA's cache. */
    private boolean servesGuild(String guildId) {
        try {
            return shardsReadyToPost().contains(sharding.plan().shardOf(Long.parseLong(guildId)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The shards this process runs whose sessions are ready: it posts for their guilds. */
    private java.util.Set<Integer> shardsReadyToPost() {
        ShardKeeper k = keeper;
        return k == null ? java.util.Set.of() : k.readyToPost();
    }

    /** The shards this process runs now. */
    public java.util.Set<Integer> runningShards() {
        ShardKeeper k = keeper;
        return k == null ? java.util.Set.of() : k.running();
    }

    /**
     * Asks Discord who the token belongs to before any shard connects, so a wrong token stops the start with a
     * clear message (a shard failing to log in is only logged by the shard manager's worker).
     */
    private String verifyToken() {
        okhttp3.Request request = new okhttp3.Request.Builder().url(settings.restBaseUrl() + "users/@me")
                .header("Authorization", "Bot " + settings.token()).build();
        try (okhttp3.Response response = http.newCall(request).execute()) {
            if (response.code() == 401) {
                throw new IllegalStateException("could not log in to Discord: the bot token was refused (401); "
                        + "check DISCORD_BOT_TOKEN");
            }
            if (!response.isSuccessful()) {
                throw new IllegalStateException("could not log in to Discord: " + response.code() + " "
                        + response.message());
            }
            String body = response.body().string();
            com.fasterxml.jackson.databind.JsonNode me = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body);
            return me.path("username").asText("?");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not log in to Discord: " + e.getMessage(), e);
        }
    }

    /**
     * The gateway from the settings (a proxy or a test fake may stand in), with Discord's shard count and identify
     * concurrency from {@code GET /gateway/bot}; logs when Discord asks for more shards than configured.
     */
    private static final class GatewayAt extends ConcurrentSessionController {
        private final String url;
        private final int configuredTotal;

        GatewayAt(String url, int configuredTotal) {
            this.url = url;
            this.configuredTotal = configuredTotal;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway discord = super.getShardedGateway(api);
            if (discord.getShardTotal() > configuredTotal) {
                log.warn("Discord recommends {} shards, discord.shards.total is {}: raise it before Discord refuses "
                        + "the sessions (it requires one shard per 2,500 guilds)", discord.getShardTotal(),
                        configuredTotal);
            }
            return new ShardedGateway(url, configuredTotal, Math.max(1, discord.getConcurrency()));
        }
    }

    /**
     * Disconnects and stops the adapter's threads; gives up the shard leases once the sessions are closed, so a
     * standing-by process takes the shards over at once.
     */
    @Override
    public void close() {
        // Whatever is still queued stays in the outbox and goes out on the next start.
        delivery.close(Duration.ofSeconds(2));
        ShardKeeper k = keeper;
        if (k != null) {
            k.stopRounds();
        }
        ShardManager manager = shards;
        if (manager != null) {
            List<JDA> sessions = manager.getShards();
            manager.shutdown();
            for (JDA session : sessions) {
                try {
                    if (!session.awaitShutdown(Duration.ofSeconds(5))) {
                        session.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    session.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (k != null) {
            k.close();
        }
        timers.shutdownNow();
        lanes.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
