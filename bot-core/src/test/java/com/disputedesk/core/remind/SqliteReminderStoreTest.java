package com.disputedesk.core.remind;

import com.disputedesk.core.store.JdbcStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The reminder store on a SQLite file. */
class SqliteReminderStoreTest extends ReminderStoreContract {
    @TempDir
    Path dir;

    @Override
    protected JdbcStores openStores() {
        return JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1000);
    }
}
