package com.disputedesk.core.remind;

import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The reminder store on a real PostgreSQL server: a database per test. */
class PostgresReminderStoreTest extends ReminderStoreContract {
    @TempDir
    Path dir;

    @Override
    protected JdbcStores openStores() {
        return TestPostgres.open(TestPostgres.newDatabase("reminders"), dir.resolve("evidence"), 1000);
    }
}
