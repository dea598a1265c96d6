package com.disputedesk.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Telegram adapter is configured with. The token comes from the environment
 * ({@code TELEGRAM_BOT_TOKEN}); {@link #toString()} never shows it.
 *
 * @param token       the bot token from BotFather
 * @param apiBaseUrl  the Bot API server, {@code https://api.telegram.org} or a self-hosted one (tests: a fake)
 * @param mode        long polling (default) or webhook
 * @param webhook     webhook endpoint settings, used in {@link Mode#WEBHOOK}
 * @param limits      outbound rate limits
 * @param retry       retry and timeout settings
 * @param pollTimeout how long one getUpdates call waits for updates (long polling)
 * @param workers     threads handling updates of different chats in parallel
 * @param drainTimeout how long {@code close()} waits for queued messages before leaving them persisted
 */
public record TelegramSettings(String token, URI apiBaseUrl, Mode mode, Webhook webhook, Limits limits, Retry retry,
                               Duration pollTimeout, int workers, Duration drainTimeout) {

    /** The official Bot API server. */
    public static final URI OFFICIAL_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        if (!token.matches("\\d+:[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters)");
        }
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(retry, "retry");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        if (mode == Mode.WEBHOOK && webhook.secret().isEmpty()) {
            throw new IllegalArgumentException("webhook mode needs a webhook secret (TELEGRAM_WEBHOOK_SECRET)");
        }
    }

    /** How updates arrive. */
    public enum Mode {
        POLLING,
        WEBHOOK
    }

    /**
     * The local HTTP endpoint Telegram posts updates to.
     *
     * @param port      local port to listen on
     * @param path      request path, e.g. "/telegram"
     * @param secret    the value Telegram must send in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Za-z0-9_-)
     * @param publicUrl the public https URL registered with setWebhook on start; empty when registered by hand
     */
    public record Webhook(int port, String path, String secret, Optional<URI> publicUrl) {
        public Webhook {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(publicUrl, "publicUrl");
            if (!secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException("webhook secret must be 1-256 characters of A-Za-z0-9_-");
            }
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("webhook path must start with /");
            }
        }

        public static Webhook none() {
            return new Webhook(8443, "/telegram", "", Optional.empty());
        }

        @Override
        public String toString() {
            return "Webhook[port=" + port + ", path=" + path + ", secret=" + (secret.isEmpty() ? "none" : "***")
                    + ", publicUrl=" + publicUrl + "]";
        }
    }

    /**
     * Outbound limits (Telegram's are about 1 message/s per chat, 20/min per group, 30/s overall, and documents
     * up to 50 MB; a self-hosted Bot API server takes larger ones).
     *
     * @param perChatInterval    minimum time between two messages to one chat
     * @param perGroupPerMinute  messages per minute to one group
     * @param globalPerSecond    messages per second overall
     * @param maxDocumentBytes   the largest file sent with sendDocument; the core splits or keeps back larger ones
     */
    public record Limits(Duration perChatInterval, int perGroupPerMinute, int globalPerSecond, long maxDocumentBytes) {
        /** Telegram's 50 MB, counted in decimal megabytes so a file at the edge is never refused. */
        public static final long MAX_DOCUMENT_BYTES = 50_000_000L;

        public Limits {
            if (maxDocumentBytes < 1) {
                throw new IllegalArgumentException("the largest document must be at least 1 byte");
            }
        }

        /** Rate limits, with Telegram's document size limit. */
        public Limits(Duration perChatInterval, int perGroupPerMinute, int globalPerSecond) {
            this(perChatInterval, perGroupPerMinute, globalPerSecond, MAX_DOCUMENT_BYTES);
        }

        public static Limits telegram() {
            return new Limits(Duration.ofSeconds(1), 20, 30);
        }

        public Limits withMaxDocumentBytes(long bytes) {
            return new Limits(perChatInterval, perGroupPerMinute, globalPerSecond, bytes);
        }
    }

    /**
     * @param sendAttempts   tries for one outbound message before it is marked failed (kept in the table, logged)
     * @param firstBackoff   wait after the first 5xx or timeout; doubles per try
     * @param maxBackoff     longest wait between tries
     * @param handleAttempts tries for one update before it is logged and skipped
     * @param requestTimeout read timeout of one Bot API call (getUpdates adds its long-poll time)
     * @param reachFor       how long the start keeps trying to reach Telegram (a network blip at boot) before
     *                       giving up
     */
    public record Retry(int sendAttempts, Duration firstBackoff, Duration maxBackoff, int handleAttempts,
                        Duration requestTimeout, Duration reachFor) {
        /** How long the start tries to reach Telegram unless told otherwise. */
        public static final Duration DEFAULT_REACH_FOR = Duration.ofMinutes(2);

        /** Retries that try to reach Telegram at start for {@link #DEFAULT_REACH_FOR}. */
        public Retry(int sendAttempts, Duration firstBackoff, Duration maxBackoff, int handleAttempts,
                     Duration requestTimeout) {
            this(sendAttempts, firstBackoff, maxBackoff, handleAttempts, requestTimeout, DEFAULT_REACH_FOR);
        }

        public static Retry defaults() {
            return new Retry(8, Duration.ofMillis(500), Duration.ofSeconds(30), 3, Duration.ofSeconds(15));
        }

        /** The wait before try {@code attempt + 1}: {@link #firstBackoff} doubling per try, at most the maximum. */
        public Duration backoff(int attempt) {
            Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }

        public Retry withReachFor(Duration d) {
            return new Retry(sendAttempts, firstBackoff, maxBackoff, handleAttempts, requestTimeout, d);
        }
    }

    /** Long polling against {@code apiBaseUrl} with Telegram's limits and default retries. */
    public static TelegramSettings polling(String token, URI apiBaseUrl) {
        return new TelegramSettings(token, apiBaseUrl, Mode.POLLING, Webhook.none(), Limits.telegram(),
                Retry.defaults(), Duration.ofSeconds(30), 4, Duration.ofSeconds(10));
    }

    public TelegramSettings withWebhook(Webhook w) {
        return new TelegramSettings(token, apiBaseUrl, Mode.WEBHOOK, w, limits, retry, pollTimeout, workers,
                drainTimeout);
    }

    public TelegramSettings withLimits(Limits l) {
        return new TelegramSettings(token, apiBaseUrl, mode, webhook, l, retry, pollTimeout, workers, drainTimeout);
    }

    public TelegramSettings withRetry(Retry r) {
        return new TelegramSettings(token, apiBaseUrl, mode, webhook, limits, r, pollTimeout, workers, drainTimeout);
    }

    public TelegramSettings withPollTimeout(Duration d) {
        return new TelegramSettings(token, apiBaseUrl, mode, webhook, limits, retry, d, workers, drainTimeout);
    }

    public TelegramSettings withDrainTimeout(Duration d) {
        return new TelegramSettings(token, apiBaseUrl, mode, webhook, limits, retry, pollTimeout, workers, d);
    }

    /** The bot's numeric id: the token's public half, used to key this bot's rows. */
    public String botId() {
        return token.substring(0, token.indexOf(':'));
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + botId() + ":***, apiBaseUrl=" + apiBaseUrl + ", mode=" + mode
                + ", webhook=" + webhook + ", limits=" + limits + ", retry=" + retry + ", pollTimeout=" + pollTimeout
                + ", workers=" + workers + ", drainTimeout=" + drainTimeout + "]";
    }
}
