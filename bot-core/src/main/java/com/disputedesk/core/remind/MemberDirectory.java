package com.disputedesk.core.remind;

import com.disputedesk.core.chat.Member;
import java.time.Instant;
import java.util.List;

/**
 * The members who have used the bot in a team (opened a case, claimed one, pressed a reminder button...), so a
 * member can be named by display name in {@code /assign}, and the settings each member makes for themselves.
 */
public interface MemberDirectory {

    /** Records that {@code member} acted in {@code team} at {@code at}, keeping their latest display name. */
    void seen(String team, Member member, Instant at);

    /** The team's members whose display name equals {@code name}, ignoring case. */
    List<Member> named(String team, String name);

    /** The team's member with that key ("telegram:123"), if they have used the bot. */
    java.util.Optional<Member> byKey(String team, String key);

    /**
     * Whether the member with key {@code memberKey} wants the reminders of their cases in {@code team} by direct
     * message too ({@code /settings dm-reminders on}); off until they say so.
     */
    default boolean dmReminders(String team, String memberKey) {
        return false;
    }

    /** Keeps the member's own {@code /settings dm-reminders} choice in {@code team}. */
    default void setDmReminders(String team, Member member, boolean on) {
        throw new UnsupportedOperationException("this directory keeps no member settings");
    }

    /** A value kept for the member in {@code team} under {@code name} (see {@link #keepNote}); empty when none. */
    default java.util.Optional<String> note(String team, String memberKey, String name) {
        return java.util.Optional.empty();
    }

    /**
     * Keeps {@code value} (at most 200 characters) for the member in {@code team} under {@code name}, or forgets
     * it when empty: what a feature remembers of one member between two of their turns (the message an intake was
     * opened from). A directory that keeps nothing forgets it at once.
     */
    default void keepNote(String team, String memberKey, String name, java.util.Optional<String> value) {
    }
}
