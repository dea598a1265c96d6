package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void severalOpeningAFreshFileAtOnceAllGetAMigratedDatabase() throws Exception {
        int openers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Path fresh = dir.resolve("fresh/desk.db");
        try {
            for (int i = 0; i < openers; i++) {
                String order = "1" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try (JdbcStores s = JdbcStores.sqlite(fresh, evidenceDir(), LIMIT)) {
                        return s.stores().cases().create(Samples.newCase("acme", Samples.wrongSize(order), Samples.T0),
                                List.of()).number().value();
                    }
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : results) {
                numbers.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
    }
}
