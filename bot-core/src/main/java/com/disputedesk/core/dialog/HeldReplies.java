package com.disputedesk.core.dialog;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import java.util.ArrayList;
import java.util.List;

/**
 * Replies said while a confirmation is being stored, held back until it is: a member is never told "case opened"
 * for a case whose transaction was then undone.
 */
final class HeldReplies implements Outbox {
    private final Outbox outbox;
    private final List<Outgoing> held = new ArrayList<>();

    HeldReplies(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(Outgoing message) {
        held.add(message);
    }

    @Override
    public long maxFileBytes(ChatRef chat) {
        return outbox.maxFileBytes(chat);
    }

    /** Sends what was held, in order. */
    void release() {
        for (Outgoing message : held) {
            outbox.send(message);
        }
        held.clear();
    }
}
