package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The adapter's tables (migration V10) on SQLite and on PostgreSQL, through the core's JdbcStores. */
class TelegramStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    @TempDir
    Path dir;

    private JdbcStores open(String vendor) {
        if (vendor.equals("sqlite")) {
            return JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1000);
        }
        return TestPostgres.open(TestPostgres.newDatabase("telegram"), dir.resolve("evidence"), 1000);
    }

    private <T> T with(String vendor, Function<JdbcStores, T> body) {
        try (JdbcStores stores = open(vendor)) {
            return body.apply(stores);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theOffsetIsKeptPerBot(String vendor) {
        with(vendor, stores -> {
            TelegramStore bot = new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "111"));
            TelegramStore other = new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "222"));
            assertThat(bot.offset()).isEmpty();
            bot.saveOffset(1000);
            bot.saveOffset(1042);
            other.saveOffset(7);
            assertThat(new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "111")).offset()).hasValue(1042);
            assertThat(other.offset()).hasValue(7);
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void handledUpdatesAreRememberedUntilPruned(String vendor) {
        with(vendor, stores -> {
            TelegramStore store = new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "111"));
            store.markProcessed(5, "handled", T0);
            store.markProcessed(6, "skipped", T0.plusSeconds(3600));
            assertThat(store.isProcessed(5)).isTrue();
            assertThat(store.isProcessed(7)).isFalse();
            assertThat(new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "222")).isProcessed(5)).isFalse();
            store.pruneProcessed(T0.plusSeconds(60));
            assertThat(store.isProcessed(5)).isFalse();
            assertThat(store.isProcessed(6)).isTrue();
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void queuedMessagesSurviveInOrderUntilDeliveredOrFailed(String vendor) {
        with(vendor, stores -> {
            TelegramStore store = new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "111"));
            String longText = "ü".repeat(4096);
            long a = store.enqueue(message(-1001, "first"), T0);
            long b = store.enqueue(message(-1001, longText), T0);
            long c = store.enqueue(message(42, "third"), T0);
            store.attempted(b, 2, "502 Bad Gateway");
            store.failed(c, 1, "400 Bad Request: chat not found");
            store.delivered(a);

            TelegramStore reopened = new TelegramStore(new JdbcDeliveryLedger(stores.dataSource(), "111"));
            List<TelegramStore.Queued> pending = reopened.pending();
            assertThat(pending).extracting(TelegramStore.Queued::seq).containsExactly(b);
            assertThat(pending.get(0).attempts()).isEqualTo(2);
            assertThat(pending.get(0).message()).isEqualTo(message(-1001, longText));
            assertThat(reopened.failed()).extracting(q -> q.message().html()).containsExactly("third");
            assertThat(reopened.enqueue(message(42, "fourth"), T0)).isGreaterThan(c);
            return null;
        });
    }

    private static OutboundMessage message(long chat, String html) {
        return new OutboundMessage(OutboundMessage.Kind.SEND, chat, 9, null, 55, null, html,
                List.of(List.of(new OutboundMessage.Button("Yes", "c1|a:1"))), false, false, null, null);
    }
}
