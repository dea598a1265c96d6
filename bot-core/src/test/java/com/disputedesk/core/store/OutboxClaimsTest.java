package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.delivery.OutboxStore.Claim;
import com.disputedesk.core.delivery.OutboxStore.Queued;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several processes share one outbox: each row is claimed by one of them, a killed holder's rows are claimed by
 * another once its claim runs out, and a stopped holder's rows at once. On both databases.
 */
class OutboxClaimsTest {
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String BOT = "discord:1000";

    @TempDir
    Path dir;

    private JdbcStores open(String vendor) {
        return vendor.equals("postgresql")
                ? TestPostgres.open(TestPostgres.newDatabase("outbox"), dir.resolve("evidence"), 1_000)
                : JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoClaimantsRacingForTheSameRowsNeverShareOne(String vendor) throws Exception {
        try (JdbcStores db = open(vendor)) {
            OutboxStore storing = JdbcOutboxStore.shared(db.dataSource(), BOT);
            Set<Long> stored = new HashSet<>();
            for (int i = 0; i < 600; i++) {
                stored.add(storing.enqueue(100 + i % 7, i % 2, "{\"n\":" + i + "}", AT, null));
            }
            // Two processes, each with its own connections and store, claiming in small batches until none is left.
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<Long> twice = new ArrayList<>();
            ExecutorService processes = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Long>>> claimed = new ArrayList<>();
                for (String holder : List.of("first", "second")) {
                    OutboxStore store = JdbcOutboxStore.shared(db.dataSource(), BOT);
                    Callable<List<Long>> claiming = () -> {
                        List<Long> mine = new ArrayList<>();
                        List<Queued> batch;
                        do {
                            batch = store.claim(new Claim(holder, AT.plus(LEASE)), Set.of(0, 1), AT, 25);
                            batch.forEach(q -> mine.add(q.seq()));
                        } while (!batch.isEmpty());
                        return mine;
                    };
                    claimed.add(processes.submit(claiming));
                }
                for (Future<List<Long>> f : claimed) {
                    for (long seq : f.get()) {
                        if (!seen.add(seq)) {
                            twice.add(seq);
                        }
                    }
                }
            } finally {
                processes.shutdownNow();
            }
            assertThat(twice).as("rows claimed by both").isEmpty();
            assertThat(seen).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aRowIsClaimedOnlyByAProcessServingItsShardAndOnlyOnce(String vendor) {
        try (JdbcStores db = open(vendor)) {
            OutboxStore store = JdbcOutboxStore.shared(db.dataSource(), BOT);
            long onShard1 = store.enqueue(500, 1, "{}", AT, null);
            long born = store.enqueue(500, 0, "{}", AT, new Claim("first", AT.plus(LEASE)));

            assertThat(store.claim(new Claim("first", AT.plus(LEASE)), Set.of(0), AT, 10)).as("its own row")
                    .isEmpty();
            assertThat(store.claim(new Claim("first", AT.plus(LEASE)), Set.of(1), AT, 10))
                    .extracting(Queued::seq).containsExactly(onShard1);
            assertThat(store.claim(new Claim("first", AT.plus(LEASE)), Set.of(0, 1), AT, 10)).isEmpty();
            assertThat(((JdbcOutboxStore) store).holderOf(born)).isEqualTo("first");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aLiveClaimIsLeftAloneAndAKilledHoldersRowsAreTakenOnceTheClaimRunsOut(String vendor) {
        try (JdbcStores db = open(vendor)) {
            OutboxStore store = JdbcOutboxStore.shared(db.dataSource(), BOT);
            long first = store.enqueue(500, 0, "{\"a\":1}", AT, new Claim("killed", AT.plus(LEASE)));
            long second = store.enqueue(500, 0, "{\"a\":2}", AT, new Claim("killed", AT.plus(LEASE)));

            Instant stillHeld = AT.plus(LEASE).minusMillis(1);
            assertThat(store.claim(new Claim("other", stillHeld.plus(LEASE)), Set.of(0), stillHeld, 10)).isEmpty();

            Instant ranOut = AT.plus(LEASE);
            assertThat(store.claim(new Claim("other", ranOut.plus(LEASE)), Set.of(0), ranOut, 10))
                    .extracting(Queued::seq).containsExactly(first, second);
            // The holder renews its claims: they stay its own.
            store.renew(new Claim("other", ranOut.plus(LEASE.multipliedBy(2))));
            Instant later = ranOut.plus(LEASE).plusSeconds(1);
            assertThat(store.claim(new Claim("third", later.plus(LEASE)), Set.of(0), later, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rowsGivenBackAtAStopAreClaimedAtOnceAndSettledRowsNever(String vendor) {
        try (JdbcStores db = open(vendor)) {
            OutboxStore store = JdbcOutboxStore.shared(db.dataSource(), BOT);
            Claim stopping = new Claim("stopping", AT.plus(LEASE));
            long sent = store.enqueue(500, 0, "{}", AT, stopping);
            long refused = store.enqueue(500, 0, "{}", AT, stopping);
            long left = store.enqueue(500, 0, "{}", AT, stopping);
            store.delivered(sent);
            store.failed(refused, 1, "refused: unknown_place");
            store.unclaim("stopping");

            assertThat(store.claim(new Claim("other", AT.plus(LEASE)), Set.of(0), AT, 10))
                    .extracting(Queued::seq).containsExactly(left);
        }
    }

    @Test
    void processesStoringAtOnceNeverShareASequenceNumber() throws Exception {
        try (JdbcStores db = open("postgresql")) {
            ExecutorService processes = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Long>>> stored = new ArrayList<>();
                for (int p = 0; p < 2; p++) {
                    OutboxStore store = JdbcOutboxStore.shared(db.dataSource(), BOT);
                    stored.add(processes.submit(() -> {
                        List<Long> seqs = new ArrayList<>();
                        for (int i = 0; i < 200; i++) {
                            seqs.add(store.enqueue(500, 0, "{}", AT, null));
                        }
                        return seqs;
                    }));
                }
                Set<Long> all = new HashSet<>(stored.get(0).get());
                all.addAll(stored.get(1).get());
                assertThat(all).hasSize(400);
            } finally {
                processes.shutdownNow();
            }
        }
    }
}
