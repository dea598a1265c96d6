package com.disputedesk.core.cases;

import com.disputedesk.core.chat.Member;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The things that happen to a case after intake, each one a valid state change plus its timeline line, stored
 * together. Callers pass the case as they read it: if someone changed it meanwhile the store refuses with
 * {@link CaseStore.ConcurrentCaseUpdate} and nothing is written.
 *
 * <pre>
 * OPEN --offerSent--> AWAITING_BUYER --buyerReplied--> OPEN
 * OPEN | AWAITING_BUYER --close--> CLOSED (final)
 * </pre>
 */
public final class CaseService {
    /** How a REQUEST_CHANGED timeline text starts; the buyer's new request follows. */
    public static final String REQUEST_CHANGED = "buyer changed the request: ";

    private final CaseStore store;

    public CaseService(CaseStore store) {
        this.store = store;
    }

    /**
     * Records {@code offer} as sent to the buyer: the case now waits for the buyer (a newer offer replaces a pending
     * one).
     */
    public DisputeCase offerSent(DisputeCase c, SentOffer sent, Member by, Instant at) {
        requireNotClosed(c);
        return store.update(c.withState(CaseState.AWAITING_BUYER),
                new TimelineEntry(at, actor(by), TimelineEntry.Kind.OFFER_SENT, sent.timelineText()));
    }

    /**
     * Records the buyer's answer to the pending offer; the case is the team's turn again.
     *
     * @param text what the buyer said (a counter offer), may be empty
     * @throws Refused NO_PENDING_OFFER when no offer waits for an answer, CLOSED when the case is closed
     */
    public DisputeCase buyerReplied(DisputeCase c, BuyerAnswer answer, String text, Member by, Instant at) {
        requireNotClosed(c);
        SentOffer pending = pendingOffer(c).orElseThrow(() -> new Refused(Rule.NO_PENDING_OFFER));
        String line = "buyer " + answer.code() + " offer " + pending.rank()
                + (text.isBlank() ? "" : ": " + text.strip());
        return store.update(c.withState(CaseState.OPEN),
                new TimelineEntry(at, actor(by), TimelineEntry.Kind.BUYER_REPLIED, line));
    }

    /**
     * Records that the buyer changed what they ask for; the case is the team's turn again (a pending offer is
     * answered by it).
     *
     * @param what the new request in the member's words
     * @throws Refused CLOSED when the case is closed
     */
    public DisputeCase requestChanged(DisputeCase c, String what, Member by, Instant at) {
        requireNotClosed(c);
        return store.update(c.withState(CaseState.OPEN),
                new TimelineEntry(at, actor(by), TimelineEntry.Kind.REQUEST_CHANGED, REQUEST_CHANGED
                        + what.strip()));
    }

    /**
     * Records a step of a return; the case is the team's turn (a pending offer of a return is answered by it).
     *
     * @param words what the member added (a tracking number), may be empty
     * @throws Refused CLOSED when the case is closed, RETURN_STEP_REPEATED when that step is already recorded
     */
    public DisputeCase returnStep(DisputeCase c, ReturnStep step, String words, Member by, Instant at) {
        requireNotClosed(c);
        if (returnStepAt(c, step).isPresent()) {
            throw new Refused(Rule.RETURN_STEP_REPEATED);
        }
        return store.update(c.withState(CaseState.OPEN),
                new TimelineEntry(at, actor(by), TimelineEntry.Kind.RETURN, step.timelineText(words)));
    }

    /** When {@code step} of the case's return was recorded, if it was. */
    public Optional<Instant> returnStepAt(DisputeCase c, ReturnStep step) {
        return store.timeline(c.id()).stream().filter(e -> e.kind() == TimelineEntry.Kind.RETURN)
                .filter(e -> ReturnStep.parse(e.text()).filter(r -> r.step() == step).isPresent())
                .map(TimelineEntry::at).findFirst();
    }

    /**
     * Closes the case for good, with the amount its outcome records.
     *
     * @param amount what the outcome settled with, in the case currency: the money refunded (a full refund, a
     *               partial one, a return, a lost escalation) or, for a reship, what the reship cost the seller
     * @throws Refused when the outcome and the amount disagree (see {@link Settlement#check}) or the case is
     *                 closed; nothing is stored then
     */
    public DisputeCase close(DisputeCase c, Outcome outcome, Optional<Money> amount, Member by, Instant at) {
        return close(c, outcome, amount, false, by, at);
    }

    /**
     * As {@link #close(DisputeCase, Outcome, Optional, Member, Instant)}; {@code confirmedFull} accepts a full
     * refund of another amount than the order's, which the member confirmed.
     */
    public DisputeCase close(DisputeCase c, Outcome outcome, Optional<Money> amount, boolean confirmedFull,
                             Member by, Instant at) {
        requireNotClosed(c);
        Settlement.check(outcome, amount, c.facts().orderAmount(), confirmedFull);
        String line = outcome.code() + amount.map(m -> (Settlement.isCost(outcome) ? ", reship cost " : ", refunded ")
                + m).orElse("");
        return store.update(c.closed(outcome, amount),
                new TimelineEntry(at, actor(by), TimelineEntry.Kind.CLOSED, line));
    }

    /** Gives the case to {@code owner} (empty: nobody); any state, closed included. */
    public DisputeCase assign(DisputeCase c, Optional<Member> owner, Member by, Instant at) {
        String line = owner.map(o -> "assigned to " + actor(o)).orElse("unassigned");
        return store.update(c.withOwner(owner), new TimelineEntry(at, actor(by), TimelineEntry.Kind.ASSIGNED, line));
    }

    /** Notes a stored evidence file on the timeline (the case itself does not change). */
    public void evidenceAdded(DisputeCase c, StoredEvidence file, Member by, Instant at) {
        store.append(c.id(), new TimelineEntry(at, actor(by), TimelineEntry.Kind.EVIDENCE,
                file.fileName() + " (" + file.size() + " bytes), sha256 " + file.sha256()));
    }

    /** The offer waiting for the buyer's answer: the last one sent, while the case awaits the buyer. */
    public Optional<SentOffer> pendingOffer(DisputeCase c) {
        return c.state() == CaseState.AWAITING_BUYER ? lastOffer(c) : Optional.empty();
    }

    /** The last offer recorded as sent, answered or not. */
    public Optional<SentOffer> lastOffer(DisputeCase c) {
        List<TimelineEntry> timeline = store.timeline(c.id());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            if (e.kind() == TimelineEntry.Kind.OFFER_SENT) {
                Optional<SentOffer> sent = SentOffer.parse(e.text());
                if (sent.isPresent()) {
                    return sent;
                }
            }
        }
        return Optional.empty();
    }

    /** How a member appears as a timeline actor: "telegram:123 Alice". */
    public static String actor(Member m) {
        return m.key() + " " + m.displayName();
    }

    private static void requireNotClosed(DisputeCase c) {
        if (c.state() == CaseState.CLOSED) {
            throw new Refused(Rule.CLOSED);
        }
    }

    /** Which rule a refused change broke. */
    public enum Rule {
        CLOSED,
        NO_PENDING_OFFER,
        WRONG_CURRENCY,
        NEGATIVE_AMOUNT,
        REFUND_OVER_ORDER,
        /** Kept, withdrawn or won: no money changed hands, so the outcome takes no amount. */
        NO_AMOUNT_FOR_OUTCOME,
        /** A partial refund needs its amount. */
        PARTIAL_NEEDS_AMOUNT,
        /** A partial refund is more than zero and less than the order amount. */
        PARTIAL_NOT_PARTIAL,
        /** A full refund of another amount than the order's needs the member's confirmation. */
        FULL_REFUND_DIFFERS,
        /** A reship's cost is more than zero. */
        COST_NOT_POSITIVE,
        /** A second open case for the same marketplace and order id. */
        ORDER_ALREADY_OPEN,
        /** That step of the return is already on the timeline: recording it again would restart its clocks. */
        RETURN_STEP_REPEATED
    }

    /** A change the case's rules do not allow; nothing was stored. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Rule rule;

        public Refused(Rule rule) {
            super(rule.name());
            this.rule = rule;
        }

        public Rule rule() {
            return rule;
        }
    }
}
