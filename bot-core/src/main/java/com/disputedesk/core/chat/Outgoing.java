package com.disputedesk.core.chat;

import java.util.Optional;

/**
 * A reply addressed to a chat.
 *
 * @param chat      where it goes
 * @param reply     what it says
 * @param inReplyTo the {@link Inbound#origin()} it answers, if any: adapters answer an interaction or edit the
 *                  message there; empty for messages the bot starts itself (reminders, digests)
 */
public record Outgoing(ChatRef chat, Reply reply, Optional<PlatformRef> inReplyTo) {
}
