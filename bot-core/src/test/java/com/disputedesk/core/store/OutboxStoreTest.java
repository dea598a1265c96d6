package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.delivery.Refusal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared outbox keeps what a platform has not taken, and a database made before it existed gets it. */
class OutboxStoreTest {
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void messagesAreKeptUntilTakenAndFailuresKeepTheirReason() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000)) {
            OutboxStore discord = JdbcOutboxStore.shared(db.dataSource(), "discord:1000");
            OutboxStore other = JdbcOutboxStore.shared(db.dataSource(), "discord:2000");
            long first = discord.enqueue(500, "{\"a\":1}", AT);
            long second = discord.enqueue(500, "{\"a\":2}", AT);
            other.enqueue(600, "{\"b\":1}", AT);

            discord.delivered(first);
            discord.failed(second, 1, "refused: missing_permission in #disputes: 50013 Missing Permissions");

            assertThat(discord.pending()).isEmpty();
            assertThat(discord.failed()).singleElement().satisfies(q -> assertThat(q.chatId()).isEqualTo(500));
            assertThat(((JdbcOutboxStore) discord).lastError(second)).contains("50013");
            assertThat(other.pending()).hasSize(1);
            // A restart numbers on after the highest stored message.
            assertThat(JdbcOutboxStore.shared(db.dataSource(), "discord:1000").enqueue(500, "{}", AT))
                    .isGreaterThan(second);
        }
    }

    @Test
    void aDatabaseMadeBeforeTheSharedOutboxGetsItAtTheNextStart() throws Exception {
        Path file = dir.resolve("old.db");
        try (JdbcStores db = JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // As a database migrated past V20 before V9, V9.1 and V27.1 were written.
            s.executeUpdate("DROP TABLE delivery_outbox");
            s.executeUpdate("DROP TABLE delivery_notice");
            s.executeUpdate("DROP TABLE digest_delivery");
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('9', '9.1', '27.1')");
        }

        try (JdbcStores db = JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000)) {
            assertThat(JdbcOutboxStore.shared(db.dataSource(), "discord:1000").enqueue(1, "{}", AT)).isEqualTo(1);
            JdbcNoticeLog notices = new JdbcNoticeLog(db.dataSource());
            assertThat(notices.firstTime("discord:9001/500", Refusal.Reason.MISSING_PERMISSION, AT)).isTrue();
            assertThat(notices.firstTime("discord:9001/500", Refusal.Reason.MISSING_PERMISSION, AT)).isFalse();
            JdbcReminderStore reminders = new JdbcReminderStore(db.dataSource());
            reminders.markDigestSent("acme", "telegram:-1001", LocalDate.of(2026, 3, 2), AT);
            assertThat(reminders.digestSent("acme", "telegram:-1001", LocalDate.of(2026, 3, 2))).isTrue();
            assertThat(reminders.digestSent("acme", "telegram:-1001", LocalDate.of(2026, 3, 3))).isFalse();
        }
    }
}
