package com.disputedesk.core.cases;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * A dispute the team works on.
 *
 * @param id             the store's id, unique across teams
 * @param team           the owning team's id
 * @param number         the number members use, per team
 * @param facts          what intake collected
 * @param state          where it stands
 * @param owner          the member responsible; empty when unassigned
 * @param home           the chat (and thread) the case lives in: replies and reminders go there
 * @param openedAt       when the case was created
 * @param outcome        how it ended, once closed
 * @param refunded       what was refunded in the end, once closed
 * @param version        optimistic-lock counter, bumped on every update
 */
public record DisputeCase(long id, String team, CaseNumber number, CaseFacts facts, CaseState state,
                          Optional<Member> owner, ChatRef home, Instant openedAt, Optional<Outcome> outcome,
                          Optional<Money> refunded, long version) {

    public DisputeCase withState(CaseState s) {
        return new DisputeCase(id, team, number, facts, s, owner, home, openedAt, outcome, refunded, version);
    }

    public DisputeCase withOwner(Optional<Member> o) {
        return new DisputeCase(id, team, number, facts, state, o, home, openedAt, outcome, refunded, version);
    }

    public DisputeCase closed(Outcome how, Optional<Money> refundedAmount) {
        return new DisputeCase(id, team, number, facts, CaseState.CLOSED, owner, home, openedAt, Optional.of(how),
                refundedAmount, version);
    }
}
