package com.disputedesk.telegram;

import java.time.Duration;

/**
 * Why a Bot API call failed, in the three ways the adapter reacts to: wait and retry ({@link RateLimited}),
 * back off and retry ({@link Transient}), or give up on this call ({@link Rejected}).
 */
abstract sealed class ApiFailure extends Exception permits ApiFailure.RateLimited, ApiFailure.Transient,
        ApiFailure.Rejected {
    private static final long serialVersionUID = 1L;

    ApiFailure(String message) {
        super(message, null, false, false);
    }

    /** 429: Telegram says when to try again. */
    static final class RateLimited extends ApiFailure {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("429 Too Many Requests, retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 5xx, a timeout, a broken connection, an unreadable answer: may work next time. */
    static final class Transient extends ApiFailure {
        private static final long serialVersionUID = 1L;

        Transient(String message) {
            super(message);
        }
    }

    /** 4xx other than 429: the same call will fail again. */
    static final class Rejected extends ApiFailure {
        private static final long serialVersionUID = 1L;
        private final int code;

        Rejected(int code, String message) {
            super(code + " " + message);
            this.code = code;
        }

        int code() {
            return code;
        }
    }
}
