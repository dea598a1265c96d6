package com.disputedesk.core.remind;

import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;

/** The reminder store on a real PostgreSQL server: a database per test. */
class PostgresReminderStoreTest extends ReminderStoreContract {
    @TempDir
    Path dir;

    @Override
    protected JdbcStores openStores() {
        return TestPostgres.open(TestPostgres.newDatabase("reminders"), dir.resolve("evidence"), 1000);
    }

    @Override
    protected JdbcStores openUpgraded(String version, String... sql) {
        String url = TestPostgres.newDatabase("upgraded");
        Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(url, "postgres", "postgres")
                .locations(JdbcStores.COMMON_MIGRATIONS, JdbcStores.Vendor.POSTGRESQL.migrationLocation())
                .target(version).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestPostgres.open(url, dir.resolve("evidence"), 1000);
    }
}
