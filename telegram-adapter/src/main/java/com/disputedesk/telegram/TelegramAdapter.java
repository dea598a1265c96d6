package com.disputedesk.telegram;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.delivery.DeliveryLedger;
import com.disputedesk.core.kernel.UiLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The Telegram adapter, the one class the composition root uses:
 * <pre>
 *   TelegramAdapter telegram = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(dataSource), clock);
 *   routingOutbox.register(Platform.TELEGRAM, telegram.outbox());
 *   telegram.start(desk.bot());
 *   ...
 *   telegram.close();
 * </pre>
 * {@link #start} checks the token (getMe), registers the command menu in English and Chinese, resumes messages
 * queued before the last stop, and starts receiving updates by long polling or webhook. What must survive a
 * restart (offset, handled updates, outbox) goes to the bot's {@link DeliveryLedger}.
 */
public final class TelegramAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

    private final TelegramSettings settings;
    private final Clock clock;
    private final BotApi api;
    private final TelegramStore store;
    private final DeliveryQueue delivery;
    private final TelegramOutbox outbox;
    private final UpdatePipeline.UpdateListener updateListener;
    private UpdatePipeline pipeline;
    private UpdatePoller poller;
    private WebhookServer webhook;
    private PollerLease pollerLease = PollerLease.alone();
    private boolean started;
    private boolean closed;

    public TelegramAdapter(TelegramSettings settings, DeliveryLedger.Opener ledgers, Clock clock) {
        this(settings, ledgers, clock, null, null);
    }

    /**
     * For one of several processes sharing a database: in long polling mode it polls only while it holds
     * {@code pollerLease}, and stands by otherwise; in webhook mode (behind a load balancer) it handles each update
     * under a claim on its chat in the same lease table, so an update is handled once and a chat's updates in turn.
     */
    public TelegramAdapter(TelegramSettings settings, DeliveryLedger.Opener ledgers, Clock clock,
                           PollerLease pollerLease) {
        this(settings, ledgers, clock);
        this.pollerLease = Objects.requireNonNull(pollerLease, "pollerLease");
    }

    /** With listeners told of each handled update and each delivered call (for measurements). */
    TelegramAdapter(TelegramSettings settings, DeliveryLedger.Opener ledgers, Clock clock,
                    UpdatePipeline.UpdateListener updateListener, DeliveryQueue.DeliveryListener deliveryListener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.api = new BotApi(settings);
        this.store = new TelegramStore(Objects.requireNonNull(ledgers, "ledgers").forBot(settings.botId()));
        this.delivery = new DeliveryQueue(api, store, clock, settings, deliveryListener);
        this.outbox = new TelegramOutbox(delivery, settings.limits().maxDocumentBytes(), api);
        this.updateListener = updateListener;
    }

    /**
     * Who is told when Telegram refuses a message for good (the team's refusal notices); call before
     * {@link #start}. The refused message is recorded as failed and logged either way.
     */
    public void tellRefusalsTo(com.disputedesk.core.delivery.RefusalListener listener) {
        delivery.tellRefusalsTo(listener);
    }

    /**
     * Who is told when a case's forum topic is gone (the desk's case homes), so its messages go to the case's
     * chat instead; call before {@link #start}.
     */
    public void tellLostHomesTo(com.disputedesk.core.delivery.HomeLoss listener) {
        delivery.tellLostHomesTo(listener);
    }

    /** The outbox for Telegram chats; usable before {@link #start} (messages wait in the table until then). */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Connects and starts handing updates to {@code bot}.
     *
     * @throws IllegalStateException when Telegram refuses the token or cannot be reached after a few tries
     */
    public synchronized void start(Bot bot) {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        User me = whoAmI();
        log.info("Telegram bot @{} connected ({}, {})", me.getUserName(), settings.mode(), settings.apiBaseUrl());
        registerMenu(bot);
        delivery.start();
        boolean webhookMode = settings.mode() == TelegramSettings.Mode.WEBHOOK;
        // Behind a load balancer other processes take posts too: a chat's updates are claimed in the database.
        ChatClaims claims = webhookMode
                ? new ChatClaims(pollerLease.lease(), settings.botId(), clock,
                        WebhookServer.HANDLE_WAIT.minusSeconds(10))
                : ChatClaims.none();
        pipeline = new UpdatePipeline(bot, new UpdateTranslator(api, me.getUserName()), delivery, outbox, store, clock,
                settings, api.redactor(), updateListener, claims);
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            startWebhook();
        } else {
            poller = new UpdatePoller(api, pipeline, store, settings, pollerLease, clock);
            poller.start();
        }
    }

    /**
     * Asks Telegram who the bot is, trying again with a growing pause while Telegram cannot be reached, for
     * {@code retry.reachFor} in all: a network blip at boot does not stop the service, a refused token does at once.
     */
    private User whoAmI() {
        Duration reachFor = settings.retry().reachFor();
        // Real elapsed time, not the desk's clock: this waits on the network, whatever time the desk is told.
        long giveUpAt = System.nanoTime() + reachFor.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return api.getMe();
            } catch (ApiFailure.Rejected e) {
                throw new IllegalStateException("Telegram refused the bot token (check TELEGRAM_BOT_TOKEN): "
                        + e.getMessage());
            } catch (ApiFailure e) {
                Duration wait = e instanceof ApiFailure.RateLimited r ? r.retryAfter()
                        : settings.retry().backoff(attempt);
                if (System.nanoTime() + wait.toNanos() - giveUpAt >= 0) {
                    throw new IllegalStateException("Telegram Bot API at " + settings.apiBaseUrl()
                            + " not reachable for " + reachFor.toSeconds() + " s (" + attempt + " tries; set"
                            + " telegram.retry.reach-for to wait longer): " + e.getMessage());
                }
                log.warn("getMe failed (try {}), trying again in {} ms: {}", attempt, wait.toMillis(), e.getMessage());
                pause(wait);
            }
        }
    }

    private void registerMenu(Bot bot) {
        CommandMenu menu = new CommandMenu(bot.commands());
        try {
            for (UiLanguage language : UiLanguage.values()) {
                api.setMyCommands(menu.commands(language), CommandMenu.languageCode(language).orElse(null));
            }
        } catch (ApiFailure e) {
            // The bot works without its menu; members can still type commands.
            log.warn("could not register the command menu: {}", e.getMessage());
        }
    }

    private void startWebhook() {
        TelegramSettings.Webhook w = settings.webhook();
        try {
            webhook = new WebhookServer(w, pipeline, api.redactor());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the Telegram webhook on port " + w.port(), e);
        }
        webhook.start();
        w.publicUrl().ifPresent(url -> {
            try {
                api.setWebhook(url.toString(), w.secret());
            } catch (ApiFailure e) {
                throw new IllegalStateException("setWebhook failed: " + e.getMessage());
            }
        });
    }

    /** The port the webhook listens on (useful when configured as 0). */
    int webhookPort() {
        return webhook.port();
    }

    /** Calls still queued for Telegram. */
    int backlog() {
        return delivery.backlog();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops receiving, finishes the updates in hand, waits up to the drain timeout for queued messages and leaves
     * the rest in the outbox table for the next start.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (poller != null) {
            poller.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        delivery.close(started ? settings.drainTimeout() : Duration.ZERO);
        api.close();
    }
}
