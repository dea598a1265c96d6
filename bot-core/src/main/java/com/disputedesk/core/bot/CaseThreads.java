package com.disputedesk.core.bot;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.team.Team;
import java.util.Optional;

/**
 * What the router asks of the case homes: whether a chat is a case's own thread or topic, so that inside it a
 * command's case and a file's case go without saying; and what must follow a turn once its answers are queued.
 */
public interface CaseThreads {

    /** The case whose home {@code chat} is, as a member would type it ("12"); empty in any other chat. */
    Optional<CaseRef> caseAt(Team team, ChatRef chat);

    /** Called before a turn is routed. */
    default void turnStarted(Turn turn) {
    }

    /** Called once a turn's answers are queued: work that must come after them (closing a closed case's home). */
    default void turnEnded(Turn turn) {
    }

    /** No case has a home of its own. */
    CaseThreads NONE = (team, chat) -> Optional.empty();
}
