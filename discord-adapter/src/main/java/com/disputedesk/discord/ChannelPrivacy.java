package com.disputedesk.discord;

import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/**
 * Keeps case details out of channels every server member can read (unless the operator allows it): there the
 * bot answers interactions privately (ephemeral) and posts only a neutral notice instead of a case message.
 */
final class ChannelPrivacy {
    private final boolean publicAllowed;

    ChannelPrivacy(boolean publicAllowed) {
        this.publicAllowed = publicAllowed;
    }

    /** Whether case details may be shown to everyone who can read {@code channel}. */
    boolean mayShowDetails(GuildChannel channel) {
        if (publicAllowed) {
            return true;
        }
        // Threads inherit their parent's permissions; hasAccess follows the permission container.
        return !channel.getGuild().getPublicRole().hasAccess(channel);
    }
}
