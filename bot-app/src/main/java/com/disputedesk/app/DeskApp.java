package com.disputedesk.app;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigException;
import com.disputedesk.app.console.ConsoleAdapter;
import com.disputedesk.core.Desk;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.remedy.Playbook;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remind.RemindParts;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.cases.CaseSearch;
import com.disputedesk.discord.DiscordAdapter;
import com.disputedesk.discord.DiscordSettings;
import com.disputedesk.telegram.TelegramAdapter;
import com.disputedesk.telegram.TelegramSettings;
import com.disputedesk.app.config.PlatformSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: configuration to stores to the engine to the adapters, wired by hand in one place.
 * Whatever is opened is closed in reverse order.
 */
public final class DeskApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskApp.class);

    private final AppConfig config;
    private final Secrets secrets;
    private final Clock clock;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final RoutingOutbox outbox = new RoutingOutbox();
    private final TeamDirectory teams;
    private Desk desk;
    private JdbcStores stores;
    private Remedies remedies;

    public DeskApp(AppConfig config, Secrets secrets, Clock clock) {
        this.config = config;
        this.secrets = secrets;
        this.clock = clock;
        this.teams = new TeamDirectory(config.teams());
    }

    /** Loads the playbook, opens the database and assembles the engine. */
    public Desk assemble() {
        remedies = Playbook.load(config.configDir());
        stores = open(config);
        opened.push(stores);
        sweepUnfinishedEvidence();
        desk = Desk.assemble(new Desk.Parts(teams, stores.stores(), remedies, outbox,
                clock, config.dialogExpiry(),
                RemindParts.jdbc(stores.dataSource(), config.teamDefaults(), config.scheduler())));
        // Closed before the stores (the deque closes last-opened first).
        opened.push(desk.reminders());
        return desk;
    }

    /** A crash mid-download leaves a temporary file behind; it is never evidence, so it goes at the next start. */
    private void sweepUnfinishedEvidence() {
        try {
            int swept = stores.sweepUnfinishedEvidence(clock.instant());
            if (swept > 0) {
                log.info("removed {} unfinished evidence download(s) from {}", swept, stores.evidenceDir());
            }
        } catch (IOException e) {
            log.warn("could not sweep unfinished evidence downloads in {}: {}", stores.evidenceDir(), e.toString());
        }
    }

    private static JdbcStores open(AppConfig config) {
        if (config.storage() instanceof AppConfig.Postgres pg) {
            log.info("storage: PostgreSQL at {}", pg.url());
            return JdbcStores.postgres(pg.url(), pg.user(), pg.password(), config.evidenceDir(),
                    config.maxEvidenceBytes());
        }
        AppConfig.Sqlite sqlite = (AppConfig.Sqlite) config.storage();
        log.info("storage: SQLite file {}", sqlite.file());
        return JdbcStores.sqlite(sqlite.file(), config.evidenceDir(), config.maxEvidenceBytes());
    }

    /** Whether any chat platform has a token: without one, the console is the chat. */
    public boolean hasPlatformToken() {
        return secrets.telegramToken().isPresent() || secrets.discordToken().isPresent();
    }

    /** Runs the console chat until end of input. */
    public void runConsole(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        ChatRef chat = ChatRef.of(Platform.CONSOLE, "console");
        Member member = new Member(Platform.CONSOLE, config.console().userId(), config.console().displayName());
        ConsoleAdapter console = new ConsoleAdapter(in, out, chat, member, interactive);
        outbox.register(Platform.CONSOLE, console);
        desk.reminders().start();
        console.run(desk.bot());
    }

    /**
     * Starts every platform adapter that has a token and serves until the process is stopped (SIGTERM or
     * Ctrl-C); the shutdown hook closes adapters first, so queued replies are drained or persisted.
     */
    public int runPlatforms() {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "disputedesk-shutdown"));
        startPlatforms();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Starts the adapter of every platform that has a token, then the reminder scheduler.
     *
     * @throws ConfigException when a platform's settings are wrong
     * @throws IllegalStateException when a platform refuses the token or cannot be reached
     */
    public void startPlatforms() {
        if (secrets.telegramToken().isPresent()) {
            TelegramSettings settings = PlatformSettings.telegram(config.sections().get("telegram"),
                    secrets.telegramToken().get(), secrets.telegramWebhookSecret());
            TelegramAdapter telegram = new TelegramAdapter(settings, stores.dataSource(), clock);
            opened.push(telegram);
            outbox.register(Platform.TELEGRAM, telegram.outbox());
            telegram.start(desk.bot());
            log.info("Telegram adapter started ({})", settings.mode().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (secrets.discordToken().isPresent()) {
            DiscordSettings settings = PlatformSettings.discord(config.sections().get("discord"),
                    secrets.discordToken().get());
            DiscordAdapter discord = new DiscordAdapter(settings, clock);
            opened.push(discord);
            outbox.register(Platform.DISCORD, discord.outbox());
            discord.start(desk.bot());
            log.info("Discord adapter started for {} guild(s)", settings.staffRoles().size());
        }
        desk.reminders().start();
    }

    @Override
    public void close() {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                log.warn("closing failed", e);
            }
        }
    }
}
