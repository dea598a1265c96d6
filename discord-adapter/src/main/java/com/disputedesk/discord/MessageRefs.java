package com.disputedesk.discord;

import com.disputedesk.core.chat.PlatformRef;
import java.util.Optional;

/** The {@link PlatformRef} of a plain channel message: who wrote it, and which message it was. */
final class MessageRefs {
    private static final String PREFIX = "message:";

    private MessageRefs() {
    }

    static PlatformRef of(String authorId, String messageId) {
        return new PlatformRef(PREFIX + authorId + ":" + messageId);
    }

    static Optional<String> authorOf(PlatformRef ref) {
        if (!ref.value().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = ref.value().substring(PREFIX.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(rest.substring(0, colon));
    }
}
