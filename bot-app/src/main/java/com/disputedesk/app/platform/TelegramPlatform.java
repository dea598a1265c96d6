package com.disputedesk.app.platform;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcLease;
import com.disputedesk.telegram.PollerLease;
import com.disputedesk.telegram.TelegramAdapter;
import com.disputedesk.telegram.TelegramSettings;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Telegram, served when {@code TELEGRAM_BOT_TOKEN} is set. */
public final class TelegramPlatform implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(TelegramPlatform.class);

    private final TelegramAdapter adapter;
    private final TelegramSettings settings;

    private TelegramPlatform(TelegramSettings settings, AdapterParts parts) {
        this.settings = settings;
        // Every process may poll; the database's lease lets one at a time do it (Telegram refuses a second poller).
        this.adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(parts.stores().dataSource()),
                parts.clock(), new PollerLease(new JdbcLease(parts.stores().dataSource()),
                        parts.config().telegramPollerLease()));
        adapter.tellRefusalsTo(parts.refusalNotices(adapter.outbox()));
        adapter.tellLostHomesTo(parts.lostHomes(adapter.outbox()));
    }

    /** The {@link PlatformAdapter.Opener} for Telegram. */
    public static Optional<PlatformAdapter> open(AdapterParts parts) {
        return parts.secrets().telegramToken().map(token -> new TelegramPlatform(
                parts.config().telegramSettings(token, parts.secrets().telegramWebhookSecret()), parts));
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public Outbox outbox() {
        return adapter.outbox();
    }

    @Override
    public void start(Bot bot) {
        adapter.start(bot);
        log.info("Telegram adapter started ({})", settings.mode().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        adapter.close();
    }
}
