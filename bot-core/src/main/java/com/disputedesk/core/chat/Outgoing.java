package com.disputedesk.core.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * A reply addressed to a chat.
 *
 * @param chat      where it goes
 * @param reply     what it says
 * @param inReplyTo the {@link Inbound#origin()} it answers, if any: adapters answer an interaction or edit the
 *                  message there; empty for messages the bot starts itself (reminders, digests)
 * @param placement a new message, a kept message updated in place, or a notice only the presser sees
 */
public record Outgoing(ChatRef chat, Reply reply, Optional<PlatformRef> inReplyTo, Placement placement) {

    public Outgoing {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(placement, "placement");
    }

    /** A reply posted as a new message. */
    public Outgoing(ChatRef chat, Reply reply, Optional<PlatformRef> inReplyTo) {
        this(chat, reply, inReplyTo, Placement.POST);
    }

    /** The slot this reply updates, if it goes in one. */
    public Optional<Slot> slot() {
        return placement instanceof Placement.InSlot s ? Optional.of(s.slot()) : Optional.empty();
    }

    /** Whether only the member who pressed should see it. */
    public boolean toPresserOnly() {
        return placement instanceof Placement.ToPresser;
    }
}
