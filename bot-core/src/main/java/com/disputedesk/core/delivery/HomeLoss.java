package com.disputedesk.core.delivery;

import com.disputedesk.core.chat.ChatRef;
import java.util.Optional;

/**
 * Told by an adapter's sender that a case's thread or topic is gone (deleted: Discord 10003, Telegram "message
 * thread not found"). The case lives in the chat it was opened in again; the adapter sends the message that found
 * the home gone there instead.
 */
@FunctionalInterface
public interface HomeLoss {

    /** Where messages for {@code place} go now; empty when {@code place} was no case's home. */
    Optional<ChatRef> lost(ChatRef place);

    /** Knows no homes: a message to a vanished place is refused like any other. */
    static HomeLoss none() {
        return place -> Optional.empty();
    }
}
