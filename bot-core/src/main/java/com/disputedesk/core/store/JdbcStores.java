package com.disputedesk.core.store;

import com.disputedesk.core.home.HomeStore;
import com.disputedesk.core.remind.RemindParts;
import com.disputedesk.core.report.ExportFolder;
import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.team.TeamDefaults;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * Opens the JDBC stores: a SQLite file (the embedded default) or PostgreSQL (several bot instances), pooled by
 * HikariCP and migrated by Flyway on open.
 *
 * <h2>Schema migrations: the convention every module follows</h2>
 * <ul>
 *   <li>Flyway scans {@code classpath:db/migration/common} (portable SQL, almost everything) and
 *       {@code classpath:db/migration/sqlite} or {@code classpath:db/migration/postgresql} for the rare
 *       vendor-specific statement. Each module ships its own files in its own jar under these same folders;
 *       Flyway scans the whole class path, so all of them run together in version order.</li>
 *   <li>Version ranges, so modules never collide: core V1-V9, telegram adapter V10-V19, reminders V20-V29,
 *       discord adapter V30-V39. A vendor-specific file takes a version not used in {@code common} (the same
 *       version may exist once for each vendor). Taken so far by core: V1, V3, V4, V8 (common), V2 (postgresql
 *       only), V5, V8_1 (one per vendor).
 *       Never edit a released migration: add the next version.</li>
 *   <li>Portable SQL: no identity/serial columns (take ids from {@link Jdbc.Tx#next(String)}, or use natural
 *       keys), no NUMERIC/DECIMAL (SQLite stores them as floats: keep money as a decimal string plus a
 *       currency code), instants as {@link Instants} text, {@code INSERT ... ON CONFLICT (...) DO UPDATE} for
 *       upserts, {@code RETURNING} where a value must come back.</li>
 *   <li>Tables of other modules go through {@link #jdbc()} (or {@link #dataSource()}), never a second pool.</li>
 * </ul>
 *
 * <h2>SQLite</h2>
 * {@code jdbc:sqlite:<file>}, the folder created if missing; WAL journal (readers never block the writer);
 * {@code synchronous=FULL} so a committed transaction survives a killed process and a power cut; foreign keys
 * on; transactions begin IMMEDIATE and wait up to the busy timeout for a writer of another connection or
 * process, so several pooled connections and a second process on the same file take turns instead of failing.
 *
 * <h2>PostgreSQL</h2>
 * Several bot instances may share one database: case numbers, timeline appends and optimistic updates are safe
 * across processes, and Flyway serialises concurrent migrations with an advisory lock. Dialog state is cached
 * per process (a few minutes idle), which is right as long as one member's messages in one chat reach one
 * instance, as they do when each platform is served by one instance.
 */
public final class JdbcStores implements AutoCloseable {
    /** How long a SQLite writer waits for another one before giving up. */
    static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(30);
    private static final int SQLITE_POOL_SIZE = 4;
    private static final ConcurrentMap<Path, Object> OPENING = new ConcurrentHashMap<>();
    private static final int POSTGRES_POOL_SIZE = 8;
    private static final long DIALOG_CACHE_ENTRIES = 10_000;
    private static final Duration DIALOG_CACHE_IDLE = Duration.ofMinutes(5);
    /** A download untouched this long is no longer running anywhere: evidence is at most a few megabytes. */
    private static final Duration UNFINISHED_DOWNLOAD_AGE = Duration.ofHours(1);

    /** The database behind the stores. */
    public enum Vendor {
        SQLITE("sqlite"),
        POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        /** The vendor-specific migration location ("classpath:db/migration/sqlite"). */
        public String migrationLocation() {
            return "classpath:db/migration/" + folder;
        }
    }

    /** Portable migrations of every module. */
    public static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private final Jdbc jdbc;
    private final Stores stores;
    private final Path evidenceDir;
    private final FileEvidenceStore evidence;

    private JdbcStores(HikariDataSource dataSource, Vendor vendor, Path evidenceDir, long maxEvidenceBytes) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.jdbc = new Jdbc(dataSource);
        try {
            this.evidenceDir = Objects.requireNonNull(evidenceDir, "evidenceDir").toAbsolutePath().normalize();
            migrate(dataSource, vendor);
            optimize();
            this.evidence = new FileEvidenceStore(jdbc, this.evidenceDir, maxEvidenceBytes);
            this.stores = new Stores(new JdbcCaseStore(jdbc),
                    new CachedDialogStore(new JdbcDialogStore(jdbc), DIALOG_CACHE_ENTRIES, DIALOG_CACHE_IDLE),
                    new JdbcSettingsStore(jdbc), evidence, new JdbcCaseFigures(jdbc),
                    new JdbcCaseQueries(jdbc, vendor), new JdbcCaseReports(jdbc),
                    ExportFolder.besideEvidence(this.evidenceDir), new JdbcTransactions(jdbc));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Reminders in the database behind {@code db} (the JDBC stores' data source, migrated with V20). */
    public static RemindParts reminders(DataSource db, TeamDefaults defaults, SchedulerConfig scheduler) {
        return new RemindParts(new JdbcReminderStore(db), new JdbcMemberDirectory(db), defaults, scheduler);
    }

    /** Each case's thread or topic, in the database behind {@code db} (the JDBC stores' data source, V23). */
    public static HomeStore homes(DataSource db) {
        return new JdbcHomeStore(db);
    }

    /** A SQLite database in {@code dbFile} (created with its folder if missing); evidence under {@code evidenceDir}. */
    public static JdbcStores sqlite(Path dbFile, Path evidenceDir, long maxEvidenceBytes) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path file = dbFile.toAbsolutePath().normalize();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) SQLITE_BUSY_TIMEOUT.toMillis());
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariConfig config = new HikariConfig();
        config.setPoolName("disputedesk-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.setDataSourceProperties(sqlite.toProperties());
        config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        config.setConnectionTimeout(SQLITE_BUSY_TIMEOUT.toMillis() + 5_000);
        // Turning a fresh file to WAL and creating Flyway's history table are not safe to race (SQLite answers
        // SQLITE_BUSY or "table exists" at once, without the busy wait): openers of one file in this process go
        // one at a time.
        synchronized (OPENING.computeIfAbsent(file, f -> new Object())) {
            return new JdbcStores(new HikariDataSource(config), Vendor.SQLITE, evidenceDir, maxEvidenceBytes);
        }
    }

    /** A PostgreSQL database at a JDBC URL ("jdbc:postgresql://host:5432/disputedesk"). */
    public static JdbcStores postgres(String jdbcUrl, String user, String password, Path evidenceDir,
                                      long maxEvidenceBytes) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("disputedesk-postgresql");
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
        return new JdbcStores(new HikariDataSource(config), Vendor.POSTGRESQL, evidenceDir, maxEvidenceBytes);
    }

    private static void migrate(DataSource dataSource, Vendor vendor) {
        Flyway.configure(JdbcStores.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON_MIGRATIONS, vendor.migrationLocation())
                // Versions are ranges per module (core V1-V9, Telegram V10-V19, reminders V20-V29): a database
                // already past V20 still takes a newer core migration numbered below it.
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** The storage ports the engine needs. */
    public Stores stores() {
        return stores;
    }

    /** The JDBC helper over the pool, for tables other modules own (offsets, reminders). */
    public Jdbc jdbc() {
        return jdbc;
    }

    /**
     * The pooled data source, for adapter-owned tables (offsets, reminders); on a thread running one of the stores'
     * transactions it hands out that transaction's connection, so those tables change in the same transaction.
     */
    public javax.sql.DataSource dataSource() {
        return jdbc.dataSource();
    }

    /** The folder evidence files lie in: {@code StoredEvidence.path()} is relative to it. */
    public Path evidenceDir() {
        return evidenceDir;
    }

    /**
     * Deletes what downloads cut short by a crash left in the evidence folder (older than an hour at {@code now}).
     *
     * @return how many unfinished files were deleted
     */
    public int sweepUnfinishedEvidence(java.time.Instant now) throws java.io.IOException {
        return evidence.sweepUnfinished(now, UNFINISHED_DOWNLOAD_AGE);
    }

    /** Which database this is: other modules' stores may need it for the rare vendor-specific statement. */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Closes the pool; on SQLite first lets it refresh the planner's statistics of the tables queries used
     * ({@code PRAGMA optimize}, cheap, and advised at close).
     */
    @Override
    public void close() {
        if (dataSource.isClosed()) {
            return;
        }
        try {
            optimize();
        } finally {
            dataSource.close();
        }
    }

    /**
     * SQLite's advised upkeep at start and close: gathers statistics where they are missing or stale. The case
     * queries do not depend on them (their indexes match their WHERE and ORDER BY), but other tables' may.
     */
    private void optimize() {
        if (vendor == Vendor.SQLITE) {
            // the pragma returns rows only when it ran something, so neither query nor update fits it
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (java.sql.SQLException e) {
                throw new StoreException("PRAGMA optimize failed: " + e.getMessage(), e);
            }
        }
    }
}
