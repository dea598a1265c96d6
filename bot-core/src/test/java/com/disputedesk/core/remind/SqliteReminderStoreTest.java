package com.disputedesk.core.remind;

import com.disputedesk.core.store.JdbcStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;

/** The reminder store on a SQLite file. */
class SqliteReminderStoreTest extends ReminderStoreContract {
    @TempDir
    Path dir;

    @Override
    protected JdbcStores openStores() {
        return JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1000);
    }

    @Override
    protected JdbcStores openUpgraded(String version, String... sql) {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(url, null, null)
                .locations(JdbcStores.COMMON_MIGRATIONS, JdbcStores.Vendor.SQLITE.migrationLocation())
                .target(version).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbcStores.sqlite(file, dir.resolve("evidence"), 1000);
    }
}
