package com.disputedesk.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to button presses. They skip the limits and the table: they must be quick and are worthless after a
 * restart. Each is tried up to three times straight away.
 */
final class CallbackAnswers {
    // Logged under the delivery queue's name: operators know the delivery log lines by it.
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    private static final int TRIES = 3;

    private CallbackAnswers() {
    }

    /** Makes the call, again at once after a failure Telegram may get over, and logs it if it never goes through. */
    static void send(BotApi api, OutboundMessage a) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.deliver(a);
                return;
            } catch (ApiFailure e) {
                if (!(e instanceof ApiFailure.Rejected) && attempt < TRIES) {
                    continue;
                }
                // An unanswered callback only leaves a spinner on the member's button; the press itself was handled.
                log.warn("could not answer callback query in chat {}: {}", a.chatId(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.warn("could not answer callback query in chat {}: {}", a.chatId(), api.redactor().describe(e));
                return;
            }
        }
    }
}
