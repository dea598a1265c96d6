package com.disputedesk.discord;

import com.disputedesk.core.delivery.Codec;
import com.disputedesk.core.delivery.ReplyCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A {@link DiscordPost} in the outbox as JSON, in its channel's lane (a post for the whole guild whose channel is
 * chosen when sent: the guild's lane), served by the process running its guild's shard.
 */
final class DiscordPostCodec implements Codec<DiscordPost> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<ShardPlan> plan;

    /** @param plan the bot's shards (read at each message: the adapter learns them before it starts) */
    DiscordPostCodec(Supplier<ShardPlan> plan) {
        this.plan = plan;
    }

    @Override
    public String encode(DiscordPost p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("guild", p.guildId());
        o.put("channel", p.channelId());
        o.put("part", p.part());
        o.set("reply", ReplyCodec.toJson(p.reply()));
        if (p.slot() != null) {
            o.put("slot", p.slot());
        }
        if (p.archive()) {
            o.put("archive", true);
        }
        return o.toString();
    }

    @Override
    public DiscordPost decode(String payload) {
        try {
            JsonNode o = JSON.readTree(payload);
            return new DiscordPost(o.path("guild").asText(), o.path("channel").asText(), o.path("part").asInt(),
                    ReplyCodec.fromJson(o.path("reply")), o.hasNonNull("slot") ? o.get("slot").asText() : null,
                    o.path("archive").asBoolean(false));
        } catch (IOException e) {
            throw new IllegalStateException("could not read the Discord outbox", e);
        }
    }

    @Override
    public long lane(DiscordPost p) {
        try {
            if (p.channelId().isEmpty()) {
                return Long.parseLong(p.guildId());
            }
            // direct messages to a member keep their order in a lane of their own: the member's id
            return Long.parseLong(com.disputedesk.core.chat.ChatRef.of(com.disputedesk.core.chat.Platform.DISCORD,
                    p.channelId()).directUserId().orElse(p.channelId()));
        } catch (NumberFormatException e) {
            return 0; // not a channel: its sender refuses it
        }
    }

    @Override
    public int shard(DiscordPost p) {
        try {
            return plan.get().shardOf(Long.parseLong(p.guildId()));
        } catch (NumberFormatException e) {
            return 0; // not a guild: whoever runs shard 0 refuses it
        }
    }
}
