package com.disputedesk.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to button presses. They skip the limits and the table: they must be quick and are worthless after a
 * restart. Each is tried up to three times straight away.
 *
 * <p>The waiting list and the count in flight are not thread-safe: the delivery queue guards them with its lock.
 * {@link #send} runs on a sender thread, outside it.
 */
final class CallbackAnswers {
    // Logged under the delivery queue's name: operators know the delivery log lines by it.
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    private static final int TRIES = 3;

    private final Deque<OutboundMessage> waiting = new ArrayDeque<>();
    private int inFlight;

    void add(OutboundMessage answer) {
        waiting.addLast(answer);
    }

    /** Hands every waiting answer to {@code send}; each counts as in flight until {@link #finished}. */
    void startAll(Consumer<OutboundMessage> send) {
        while (!waiting.isEmpty()) {
            OutboundMessage a = waiting.pollFirst();
            inFlight++;
            send.accept(a);
        }
    }

    void finished() {
        inFlight--;
    }

    /** Answers not yet taken by Telegram, the ones in flight included. */
    int size() {
        return waiting.size() + inFlight;
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
