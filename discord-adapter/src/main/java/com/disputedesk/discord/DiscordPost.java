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
 */
record DiscordPost(String guildId, String channelId, int part, Reply reply) {
    DiscordPost {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(reply, "reply");
    }
}
