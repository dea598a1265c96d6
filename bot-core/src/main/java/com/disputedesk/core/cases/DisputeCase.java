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
 * @param refunded       the amount the case was closed with: the money refunded, or for a reshipped case what the
 *                       reship cost the seller ({@link Settlement#isCost}); empty when none
 * @param version        optimistic-lock counter, bumped on every update
 */
public record DisputeCase(long id, String team, CaseNumber number, CaseFacts facts, CaseState state,
                          Optional<Member> owner, ChatRef home, Instant openedAt, Optional<Outcome> outcome,
                          Optional<Money> refunded, long version) {

    /** The case living in {@code place} (its own thread or topic) instead of the chat it was opened in. */
    public DisputeCase livingIn(ChatRef place) {
        return new DisputeCase(id, team, number, facts, state, owner, place, openedAt, outcome, refunded, version);
    }

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

    /** This case open again with {@code newFacts} (a new intake for its order): no outcome, nothing refunded. */
    public DisputeCase reopened(CaseFacts newFacts) {
        return new DisputeCase(id, team, number, newFacts, CaseState.OPEN, owner, home, openedAt, Optional.empty(),
                Optional.empty(), version);
    }

    /** The money refunded, once closed with a refund. */
    public Optional<Money> refund() {
        return outcome.filter(o -> !Settlement.isCost(o)).flatMap(o -> refunded);
    }

    /** What a reship cost the seller, once closed as reshipped with its cost. */
    public Optional<Money> reshipCost() {
        return outcome.filter(Settlement::isCost).flatMap(o -> refunded);
    }
}
