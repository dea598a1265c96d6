package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.delivery.MessageSlots;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which message each slot names is kept per bot, replaced when a slot is posted anew, and survives a restart. */
class MessageSlotsStoreTest {
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void slotsAreKeptPerBotAndReplacedOnSQLite() {
        Path file = dir.resolve("desk.db");
        check(() -> JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000));
    }

    @Test
    void slotsAreKeptPerBotAndReplacedOnPostgres() {
        String url = TestPostgres.newDatabase("slots");
        check(() -> TestPostgres.open(url, dir.resolve("evidence"), 1_000));
    }

    private void check(java.util.function.Supplier<JdbcStores> open) {
        Function<JdbcStores, MessageSlots> discord = db -> JdbcOutboxStore.shared(db.dataSource(), "discord:1000")
                .slots();
        try (JdbcStores db = open.get()) {
            MessageSlots slots = discord.apply(db);
            MessageSlots other = JdbcOutboxStore.shared(db.dataSource(), "discord:2000").slots();
            assertThat(slots.messageOf("card/acme/7")).isEmpty();

            slots.keep("card/acme/7", "111", AT);
            other.keep("card/acme/7", "5001", AT);
            slots.keep("card/acme/7", "222", AT.plusSeconds(5));

            assertThat(slots.messageOf("card/acme/7")).contains("222");
            assertThat(other.messageOf("card/acme/7")).as("another bot's slot of the same name").contains("5001");
        }
        try (JdbcStores db = open.get()) {
            MessageSlots slots = discord.apply(db);
            assertThat(slots.messageOf("card/acme/7")).as("after a restart").contains("222");
            slots.forget("card/acme/7");
            assertThat(slots.messageOf("card/acme/7")).isEmpty();
        }
    }
}
