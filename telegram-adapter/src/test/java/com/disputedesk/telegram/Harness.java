package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import com.zaxxer.hikari.HikariDataSource;

/** A fake Bot API, a SQLite file, and adapters started against them with short test timeouts. */
final class Harness implements AutoCloseable {
    final FakeBotApi fake = new FakeBotApi();
    final Path dir;
    final HikariDataSource db;
    final Clock clock;
    TelegramAdapter adapter;

    Harness(Path dir) {
        this(dir, Clock.systemUTC());
    }

    /** With the adapter reading time from {@code clock} (a test may make it fail). */
    Harness(Path dir, Clock clock) {
        this.clock = clock;
        this.dir = dir;
        this.db = TestDb.sqlite(dir.resolve("desk.db"));
    }

    TelegramSettings settings() {
        return TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2))
                .withDrainTimeout(Duration.ofSeconds(5))
                .withRetry(new TelegramSettings.Retry(6, Duration.ofMillis(100), Duration.ofSeconds(2), 3,
                        Duration.ofSeconds(1)));
    }

    /** Starts an adapter feeding the bot {@code engine} builds over the adapter's outbox. */
    TelegramAdapter start(TelegramSettings settings, Function<TelegramAdapter, Bot> engine) {
        adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(db), clock);
        adapter.start(engine.apply(adapter));
        return adapter;
    }

    MiniDesk startMini() {
        return startMini(settings());
    }

    MiniDesk startMini(TelegramSettings settings) {
        MiniDesk[] desk = new MiniDesk[1];
        start(settings, a -> {
            desk[0] = new MiniDesk(a.outbox(), clock);
            return desk[0].bot;
        });
        return desk[0];
    }

    /** Stops the running adapter, as a process stop would (its queue drains or stays in the table). */
    void stopAdapter() {
        adapter.close();
        adapter = null;
    }

    @Override
    public void close() {
        if (adapter != null) {
            adapter.close();
        }
        fake.close();
        db.close();
    }
}
