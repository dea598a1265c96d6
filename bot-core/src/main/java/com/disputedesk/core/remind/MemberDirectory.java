package com.disputedesk.core.remind;

import com.disputedesk.core.chat.Member;
import java.time.Instant;
import java.util.List;

/**
 * The members who have used the bot in a team (opened a case, claimed one, pressed a reminder button...), so a
 * member can be named by display name in {@code /assign}.
 */
public interface MemberDirectory {

    /** Records that {@code member} acted in {@code team} at {@code at}, keeping their latest display name. */
    void seen(String team, Member member, Instant at);

    /** The team's members whose display name equals {@code name}, ignoring case. */
    List<Member> named(String team, String name);

    /** The team's member with that key ("telegram:123"), if they have used the bot. */
    java.util.Optional<Member> byKey(String team, String key);
}
