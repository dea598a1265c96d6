package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores over a real SQLite file. */
class SqliteStoresTest extends StoresContract {
    @TempDir
    Path dir;

    @Override
    protected JdbcStores openStores() {
        return JdbcStores.sqlite(dir.resolve("data/nested/desk.db"), evidenceDir(), LIMIT);
    }

    @Override
    protected Path evidenceDir() {
        return dir.resolve("evidence");
    }

    @Test
    void createsTheDatabaseFolderAndRunsInWalModeWithForeignKeys() {
        assertThat(dir.resolve("data/nested/desk.db")).isRegularFile();
        assertThat(db.jdbc().queryOne("PRAGMA journal_mode", rs -> rs.getString(1))).contains("wal");
        assertThat(db.jdbc().queryOne("PRAGMA foreign_keys", rs -> rs.getInt(1))).contains(1);
        assertThat(db.jdbc().queryOne("PRAGMA synchronous", rs -> rs.getInt(1))).contains(2);
        assertThat(db.jdbc().queryOne("PRAGMA busy_timeout", rs -> rs.getInt(1))).contains(30_000);
        assertThat(db.vendor()).isEqualTo(JdbcStores.Vendor.SQLITE);
    }
}
