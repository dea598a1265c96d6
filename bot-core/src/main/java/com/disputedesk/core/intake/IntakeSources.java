package com.disputedesk.core.intake;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.remind.MemberDirectory;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The chat message an intake was opened from ("Open dispute from this message" on Discord), kept for the member
 * until they confirm the case, whose timeline then links to it. Only a link to a chat message is kept: nothing
 * else is read from it.
 */
public final class IntakeSources {
    /** A link to one message: Discord's (a guild channel) or Telegram's (a public or private group). */
    private static final Pattern MESSAGE_LINK = Pattern.compile(
            "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/channels/\\d{1,20}/\\d{1,20}/\\d{1,20}"
                    + "|https://t\\.me/(?:c/\\d{1,20}|[A-Za-z][A-Za-z0-9_]{3,31})(?:/\\d{1,10})?/\\d{1,10}");
    /** The longest link kept: far above either platform's. */
    public static final int MAX_LINK = 200;
    private static final String NOTE = "intake-source";

    private final MemberDirectory members;

    public IntakeSources(MemberDirectory members) {
        this.members = members;
    }

    /** {@code typed} when it is a link to a chat message, else empty. */
    public static Optional<String> link(String typed) {
        return typed.length() <= MAX_LINK && MESSAGE_LINK.matcher(typed).matches() ? Optional.of(typed)
                : Optional.empty();
    }

    /** Remembers {@code link} as the source of the turn's member's intake in this team (replacing any). */
    void remember(Turn turn, String link) {
        members.keepNote(turn.team().id(), turn.member().key(), NOTE, Optional.of(link));
    }

    /** The source remembered for the turn's member, forgotten as it is taken. */
    Optional<String> take(Turn turn) {
        Optional<String> link = members.note(turn.team().id(), turn.member().key(), NOTE);
        link.ifPresent(l -> members.keepNote(turn.team().id(), turn.member().key(), NOTE, Optional.empty()));
        return link;
    }
}
