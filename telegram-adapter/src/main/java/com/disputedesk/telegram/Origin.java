package com.disputedesk.telegram;

import com.disputedesk.core.chat.PlatformRef;
import java.util.Optional;

/**
 * What the adapter puts in an {@link PlatformRef} and reads back: the Telegram message an event came from,
 * and for a button press the callback query too. Written and parsed only here.
 *
 * @param messageId       the message (the member's, or the bot's message whose button was pressed)
 * @param callbackQueryId the callback query, empty for a message
 */
record Origin(int messageId, Optional<String> callbackQueryId) {

    static Origin message(int messageId) {
        return new Origin(messageId, Optional.empty());
    }

    static Origin callback(int messageId, String callbackQueryId) {
        return new Origin(messageId, Optional.of(callbackQueryId));
    }

    PlatformRef toRef() {
        return new PlatformRef(callbackQueryId.map(c -> "cb:" + messageId + ":" + c).orElse("m:" + messageId));
    }

    /** The origin a ref of ours describes; empty for refs we did not make. */
    static Optional<Origin> from(PlatformRef ref) {
        String v = ref.value();
        try {
            if (v.startsWith("m:")) {
                return Optional.of(message(Integer.parseInt(v.substring(2))));
            }
            if (v.startsWith("cb:")) {
                int colon = v.indexOf(':', 3);
                return Optional.of(callback(Integer.parseInt(v.substring(3, colon)), v.substring(colon + 1)));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    boolean isCallback() {
        return callbackQueryId.isPresent();
    }
}
