package com.disputedesk.core.stats;

import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * A team's dispute figures over a period: what was opened, how cases ended, what it cost. Built by a
 * {@link StatsTally} from the store's {@link CaseFigures}.
 *
 * @param since       start of the period (cases opened at or after it)
 * @param opened      cases opened in the period
 * @param open        of those, still open (no offer yet)
 * @param awaiting    of those, waiting for the buyer
 * @param closed      of those, closed
 * @param outcomes    closed cases per outcome
 * @param byReason    cases per reason
 * @param byMarketplace cases per marketplace id
 * @param byOwner     cases per owner's display name, the busiest owners (unassigned cases are not counted)
 * @param refunded    money refunded, per currency (refunds only: full, partial, returns, lost escalations)
 * @param reshipCosts what reships cost the seller, per currency (a cost, not money refunded)
 */
public record TeamStats(Instant since, int opened, int open, int awaiting, int closed, Map<Outcome, Integer> outcomes,
                        Map<Reason, Integer> byReason, Map<String, Integer> byMarketplace,
                        Map<String, Integer> byOwner, Map<Currency, Money> refunded,
                        Map<Currency, Money> reshipCosts) {

    /** Figures with no reship costs recorded. */
    public TeamStats(Instant since, int opened, int open, int awaiting, int closed, Map<Outcome, Integer> outcomes,
                     Map<Reason, Integer> byReason, Map<String, Integer> byMarketplace, Map<String, Integer> byOwner,
                     Map<Currency, Money> refunded) {
        this(since, opened, open, awaiting, closed, outcomes, byReason, byMarketplace, byOwner, refunded, Map.of());
    }

    /** Outcomes where the buyer kept the order: the result the playbook steers toward. */
    public static boolean orderKept(Outcome outcome) {
        return switch (outcome) {
            case KEPT, PARTIAL_REFUND, RESHIPPED, ESCALATED_WON, WITHDRAWN -> true;
            case RETURNED, FULL_REFUND, ESCALATED_LOST -> false;
        };
    }

    /** Closed cases in which the buyer kept the order. */
    public int kept() {
        return outcomes.entrySet().stream().filter(e -> orderKept(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }
}
