package com.disputedesk.core.chat;

import java.util.Objects;

/**
 * A person writing to the bot: a member of the seller's support team.
 *
 * @param platform    the platform the member writes from
 * @param userId      the platform's id of the user; stable across renames
 * @param displayName the name to show; never used for identity
 */
public record Member(Platform platform, String userId, String displayName) {
    public Member {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** A stable text key ("telegram:12345"). */
    public String key() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + userId;
    }
}
