package com.disputedesk.app;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigException;
import com.disputedesk.app.platform.AdapterParts;
import com.disputedesk.app.platform.ConsolePlatform;
import com.disputedesk.app.platform.DiscordPlatform;
import com.disputedesk.app.platform.PlatformAdapter;
import com.disputedesk.app.platform.Secrets;
import com.disputedesk.app.platform.TelegramPlatform;
import com.disputedesk.app.start.JdbcUrls;
import com.disputedesk.app.start.SqliteNativeLibrary;
import com.disputedesk.app.start.StartupException;
import com.disputedesk.app.start.StorageFailure;
import com.disputedesk.core.Desk;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.remedy.Playbook;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remind.RemindParts;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: configuration to stores to the engine to the adapters, wired by hand in one place.
 * Whatever is opened is closed in reverse order.
 */
public final class DeskApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskApp.class);

    /** Every chat platform this build serves, each started when the operator enables it: a new one is a line here. */
    public static final List<PlatformAdapter.Opener> PLATFORMS = List.of(
            TelegramPlatform::open,
            DiscordPlatform::open);

    private final AppConfig config;
    private final Secrets secrets;
    private final Clock clock;
    private final List<PlatformAdapter.Opener> platforms;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final RoutingOutbox outbox = new RoutingOutbox();
    private final TeamDirectory teams;
    private Desk desk;
    private JdbcStores stores;
    private Remedies remedies;

    public DeskApp(AppConfig config, Secrets secrets, Clock clock) {
        this(config, secrets, clock, PLATFORMS);
    }

    /** A desk serving the given platforms instead of {@link #PLATFORMS}. */
    public DeskApp(AppConfig config, Secrets secrets, Clock clock, List<PlatformAdapter.Opener> platforms) {
        this.config = config;
        this.secrets = secrets;
        this.clock = clock;
        this.platforms = List.copyOf(platforms);
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
                JdbcStores.reminders(stores.dataSource(), config.teamDefaults(), config.scheduler()),
                config.ceilings(), JdbcStores.homes(stores.dataSource())));
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

    /**
     * Opens the database and brings its schema up to date.
     *
     * @throws StartupException naming the file or setting and what to do, when it cannot be opened
     */
    private static JdbcStores open(AppConfig config) {
        try {
            if (config.storage() instanceof AppConfig.Postgres pg) {
                log.info("storage: PostgreSQL at {}", JdbcUrls.masked(pg.url()));
                return JdbcStores.postgres(pg.url(), pg.user(), pg.password(), config.evidenceDir(),
                        config.maxEvidenceBytes());
            }
            AppConfig.Sqlite sqlite = (AppConfig.Sqlite) config.storage();
            log.info("storage: SQLite file {}", sqlite.file());
            Path folder = sqlite.file().toAbsolutePath().normalize().getParent();
            if (folder != null && !Files.isRegularFile(folder)) {
                SqliteNativeLibrary.unpackInto(folder.resolve(".sqlite-native"));
            }
            return JdbcStores.sqlite(sqlite.file(), config.evidenceDir(), config.maxEvidenceBytes());
        } catch (RuntimeException e) {
            log.debug("opening the database failed", e);
            throw new StartupException(StorageFailure.explain(config.storage(), e), e);
        }
    }

    /**
     * Starts the adapter of every platform the operator enabled, then the reminder scheduler.
     *
     * @return whether any platform was enabled; when none was, nothing is started and the console is the chat
     * @throws ConfigException when a platform's settings are wrong
     * @throws IllegalStateException when a platform refuses the token or cannot be reached
     */
    public boolean startPlatforms() {
        AdapterParts parts = new AdapterParts(config, secrets, clock, teams, stores, remedies);
        boolean any = false;
        for (PlatformAdapter.Opener platform : platforms) {
            Optional<PlatformAdapter> adapter = platform.open(parts);
            if (adapter.isPresent()) {
                plug(adapter.get());
                any = true;
            }
        }
        if (any) {
            desk.reminders().start();
        }
        return any;
    }

    /** Serves the started platforms until the process is stopped (SIGTERM or Ctrl-C). */
    public void serveUntilStopped() {
        CountDownLatch stopped = new CountDownLatch(1);
        // Adapters close first, so queued replies are drained or persisted.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "disputedesk-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the console chat until end of input. */
    public void runConsole(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        ConsolePlatform console = new ConsolePlatform(config.console(), in, out, interactive);
        plug(console);
        desk.reminders().start();
        console.readUntilEnd();
    }

    /** Opened adapters close before the scheduler and the stores they use. */
    private void plug(PlatformAdapter adapter) {
        opened.push(adapter);
        outbox.register(adapter.platform(), adapter.outbox());
        adapter.start(desk.bot());
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
