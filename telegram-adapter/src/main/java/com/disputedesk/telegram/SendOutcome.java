package com.disputedesk.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one try of a queued call came to, sorted the way {@link TelegramSender} turns it into a verdict: taken, a 429 (wait its
 * retry_after, try the same again), a 5xx, a timeout or anything unforeseen (back off, counts as a try), or a
 * refusal (the same call would fail again).
 *
 * @param outcome    which of those
 * @param error      why it failed (redacted), or null
 * @param retryAfter for a 429: how long Telegram asked us to wait; zero otherwise
 * @param messageId  when taken: the message posted or edited, or null for calls that post none
 */
record SendOutcome(Outcome outcome, String error, Duration retryAfter, Integer messageId) {
    // Logged under the delivery queue's name: operators know the delivery log lines by it.
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    /** How a try ended. */
    enum Outcome {
        DONE,
        RETRY_SAME,
        RETRY_COUNTED,
        REJECTED
    }

    /** Makes the call once and sorts what came back. */
    static SendOutcome tryOnce(BotApi api, OutboundMessage m) {
        try {
            return new SendOutcome(Outcome.DONE, null, Duration.ZERO, api.deliver(m));
        } catch (ApiFailure.RateLimited e) {
            log.warn("Telegram asked to wait {} s before the next message to chat {}", e.retryAfter().toSeconds(),
                    m.chatId());
            return new SendOutcome(Outcome.RETRY_SAME, null, e.retryAfter(), null);
        } catch (ApiFailure.Transient e) {
            return failed(Outcome.RETRY_COUNTED, e.getMessage());
        } catch (ApiFailure.Rejected e) {
            return failed(Outcome.REJECTED, e.getMessage());
        } catch (ApiFailure e) {
            return failed(Outcome.RETRY_COUNTED, e.getMessage());
        } catch (RuntimeException e) {
            return failed(Outcome.RETRY_COUNTED, api.redactor().describe(e));
        }
    }

    private static SendOutcome failed(Outcome outcome, String error) {
        return new SendOutcome(outcome, error, Duration.ZERO, null);
    }
}
