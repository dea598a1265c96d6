package com.disputedesk.telegram;

import java.nio.file.Path;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A SQLite file with the adapter's migrations applied, as the core's JDBC stores would leave it. */
final class TestDb {
    private TestDb() {
    }

    /**
     * A pooled SQLite data source (WAL, a busy timeout), as JdbcStores.dataSource() hands the adapter. Callers close
     * it: the pool fills itself in the background and would otherwise reopen the file while a temp dir is deleted.
     */
    static HikariDataSource sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(4);
        pool.setPoolName("test-sqlite");
        HikariDataSource ds = new HikariDataSource(pool);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").load().migrate();
        return ds;
    }
}
