package com.disputedesk.discord;

import com.disputedesk.core.chat.Reply;
import java.util.Objects;

/**
 * One message the bot owes a Discord channel, as the outbox keeps it: the core's reply (rendered when it is sent)
 * and which of the messages it renders to this is, so a reply split in several messages is sent and retried one
 * message at a time, never twice.
 *
 * @param guildId   the guild (the team's chat)
 * @param channelId the channel or thread posted in; empty for the guild's channel, chosen when the post is sent by
 *                  the process running the guild's shard (see {@link DiscordOutbox})
 * @param part      which rendered message (0 for the first)
 * @param reply     what the core said
 * @param slot      the message slot this part shows (edited in place once posted), or null for a new message
 * @param archive   true for no message but archiving the thread {@code channelId} (a closed case's home), after
 *                  what was queued for it before
 */
record DiscordPost(String guildId, String channelId, int part, Reply reply, String slot, boolean archive) {
    DiscordPost {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(reply, "reply");
    }

    /** A message (part) to post, or to show in its slot. */
    DiscordPost(String guildId, String channelId, int part, Reply reply, String slot) {
        this(guildId, channelId, part, reply, slot, false);
    }

    /** Archiving a case's thread once what was queued for it is posted. */
    static DiscordPost archiving(String guildId, String threadId) {
        return new DiscordPost(guildId, threadId, 0, Reply.text("archive"), null, true);
    }

    /** The same post in another channel (a case's channel, once its thread is gone). */
    DiscordPost in(String channel) {
        return new DiscordPost(guildId, channel, part, reply, slot, archive);
    }
}
