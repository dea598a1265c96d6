package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.delivery.Lease;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The polling lease on both databases: one holder at a time, renewed by it, taken over once it runs out. */
class JdbcLeaseTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final String POLL = "telegram-poll:123";

    @TempDir
    Path dir;

    private JdbcStores open(String vendor) {
        return vendor.equals("sqlite") ? JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1000)
                : TestPostgres.open(TestPostgres.newDatabase("lease"), dir.resolve("evidence"), 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void oneHolderAtATimeUntilItsLeaseRunsOutOrIsGivenUp(String vendor) {
        try (JdbcStores db = open(vendor)) {
            Lease lease = new JdbcLease(db.dataSource());

            assertThat(lease.hold(POLL, "a", T, T.plusSeconds(30))).as("free: taken").isTrue();
            assertThat(lease.hold(POLL, "b", T.plusSeconds(10), T.plusSeconds(40))).as("running: refused").isFalse();
            assertThat(lease.hold(POLL, "a", T.plusSeconds(20), T.plusSeconds(50))).as("renewed by its holder").isTrue();
            assertThat(lease.hold(POLL, "b", T.plusSeconds(40), T.plusSeconds(70))).as("renewal counts").isFalse();
            assertThat(lease.hold("telegram-poll:456", "b", T, T.plusSeconds(30))).as("another bot's lease").isTrue();

            assertThat(lease.hold(POLL, "b", T.plusSeconds(50), T.plusSeconds(80))).as("run out: taken over").isTrue();
            assertThat(lease.hold(POLL, "a", T.plusSeconds(51), T.plusSeconds(81))).as("the old holder is out").isFalse();

            lease.release(POLL, "a");
            assertThat(lease.hold(POLL, "a", T.plusSeconds(52), T.plusSeconds(82))).as("only the holder gives it up")
                    .isFalse();
            lease.release(POLL, "b");
            assertThat(lease.hold(POLL, "a", T.plusSeconds(53), T.plusSeconds(83))).as("given up: taken at once")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void ofManyRacingForAFreeLeaseExactlyOneGetsIt(String vendor) throws Exception {
        try (JdbcStores db = open(vendor)) {
            Lease lease = new JdbcLease(db.dataSource());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 20; round++) {
                    String name = "race-" + round;
                    List<Future<Boolean>> racers = new ArrayList<>();
                    for (int r = 0; r < 4; r++) {
                        String holder = "p" + r;
                        racers.add(pool.submit(() -> lease.hold(name, holder, T, T.plusSeconds(30))));
                    }
                    int winners = 0;
                    for (Future<Boolean> f : racers) {
                        winners += f.get() ? 1 : 0;
                    }
                    assertThat(winners).as("round %d", round).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
