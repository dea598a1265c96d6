package com.disputedesk.app.config;

import com.disputedesk.telegram.PollerLease;
import com.disputedesk.telegram.TelegramSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code telegram:} section of disputedesk.yml. Every key is optional; the defaults are the adapter's own
 * (telegram-adapter/README.md). The token and the webhook secret come only from the environment and join the
 * section in {@link #settings}.
 */
public record TelegramSection(URI apiBaseUrl, String mode, Webhook webhook, Limits limits, Retry retry,
                              Duration pollTimeout, Integer workers, Duration drainTimeout, Duration pollerLease) {
    /** The adapter's defaults; the token is a stand-in, never used. */
    private static final TelegramSettings DEFAULTS =
            TelegramSettings.polling("0:defaults", TelegramSettings.OFFICIAL_API);

    public TelegramSection {
        apiBaseUrl = Check.or(apiBaseUrl, TelegramSettings.OFFICIAL_API);
        mode = Check.oneOf(mode, "polling", "mode", "polling", "webhook");
        webhook = Check.or(webhook, new Webhook(null, null, null));
        limits = Check.or(limits, new Limits(null, null, null));
        retry = Check.or(retry, new Retry(null, null, null, null, null, null));
        pollTimeout = Check.or(pollTimeout, DEFAULTS.pollTimeout());
        workers = Check.range(workers, DEFAULTS.workers(), "workers", 1, 64);
        drainTimeout = Check.or(drainTimeout, DEFAULTS.drainTimeout());
        pollerLease = Check.or(pollerLease, PollerLease.DEFAULT_TAKE_OVER_AFTER);
    }

    static TelegramSection defaults() {
        return new TelegramSection(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The adapter's settings with the secrets from the environment.
     *
     * @throws ConfigException when the token or the webhook secret is malformed (never printing them)
     * @throws SettingProblem  when webhook mode has no secret
     */
    TelegramSettings settings(String token, Optional<String> webhookSecret) {
        TelegramSettings polling;
        try {
            polling = new TelegramSettings(token, apiBaseUrl, TelegramSettings.Mode.POLLING,
                    TelegramSettings.Webhook.none(), limits.settings(), retry.settings(), pollTimeout, workers,
                    drainTimeout);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN: " + e.getMessage());
        }
        if (mode.equals("polling")) {
            return polling;
        }
        String secret = webhookSecret.orElseThrow(() -> SettingProblem.at("mode",
                "webhook mode needs TELEGRAM_WEBHOOK_SECRET in the environment"));
        try {
            return polling.withWebhook(new TelegramSettings.Webhook(webhook.port(), webhook.path(), secret,
                    Optional.ofNullable(webhook.publicUrl())));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET: " + e.getMessage());
        }
    }

    /** {@code telegram.webhook}: the local endpoint Telegram posts to; {@code public-url} is registered at start. */
    public record Webhook(Integer port, String path, URI publicUrl) {
        public Webhook {
            TelegramSettings.Webhook d = TelegramSettings.Webhook.none();
            port = Check.range(port, d.port(), "port", 1, 65_535);
            path = Check.text(path, d.path());
            if (!path.startsWith("/")) {
                throw SettingProblem.at("path", "must start with /, got '" + path + "'");
            }
        }
    }

    /** {@code telegram.limits}: outbound flood limits. */
    public record Limits(Duration perChatInterval, Integer perGroupPerMinute, Integer globalPerSecond) {
        public Limits {
            TelegramSettings.Limits d = DEFAULTS.limits();
            perChatInterval = Check.or(perChatInterval, d.perChatInterval());
            perGroupPerMinute = Check.range(perGroupPerMinute, d.perGroupPerMinute(), "per-group-per-minute", 1,
                    10_000);
            globalPerSecond = Check.range(globalPerSecond, d.globalPerSecond(), "global-per-second", 1, 10_000);
        }

        TelegramSettings.Limits settings() {
            return new TelegramSettings.Limits(perChatInterval, perGroupPerMinute, globalPerSecond);
        }
    }

    /** {@code telegram.retry}: tries and timeouts of Bot API calls. */
    public record Retry(Integer sendAttempts, Duration firstBackoff, Duration maxBackoff, Integer handleAttempts,
                        Duration requestTimeout, Duration reachFor) {
        public Retry {
            TelegramSettings.Retry d = DEFAULTS.retry();
            sendAttempts = Check.range(sendAttempts, d.sendAttempts(), "send-attempts", 1, 100);
            firstBackoff = Check.or(firstBackoff, d.firstBackoff());
            maxBackoff = Check.or(maxBackoff, d.maxBackoff());
            handleAttempts = Check.range(handleAttempts, d.handleAttempts(), "handle-attempts", 1, 100);
            requestTimeout = Check.or(requestTimeout, d.requestTimeout());
            reachFor = Check.or(reachFor, d.reachFor());
        }

        TelegramSettings.Retry settings() {
            return new TelegramSettings.Retry(sendAttempts, firstBackoff, maxBackoff, handleAttempts, requestTimeout,
                    reachFor);
        }
    }
}
