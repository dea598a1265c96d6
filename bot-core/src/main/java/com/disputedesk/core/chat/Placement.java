package com.disputedesk.core.chat;

import java.util.Objects;

/** Where an {@link Outgoing} reply shows: as a new message, in a kept message, or only to the member who pressed. */
public sealed interface Placement permits Placement.Post, Placement.InSlot, Placement.ToPresser {

    /** A new message in the chat (answering the inbound event where the platform threads replies). */
    record Post() implements Placement {
    }

    /**
     * The message of {@code slot}: posted the first time, edited in place after. When the reply answers a press
     * or a form sent from that very message, adapters update it as the answer to that interaction (Discord's
     * UPDATE_MESSAGE), so the press costs one edit and no new message.
     */
    record InSlot(Slot slot) implements Placement {
        public InSlot {
            Objects.requireNonNull(slot, "slot");
        }
    }

    /**
     * A short notice that only the member who pressed a button sees (a Telegram callback alert, a Discord
     * ephemeral reply); nothing is posted in the chat and no message is edited. Where a platform has no such
     * thing, or the event was not a press, it is said as a plain message.
     */
    record ToPresser() implements Placement {
    }

    Placement POST = new Post();
    Placement TO_PRESSER = new ToPresser();
}
