package com.disputedesk.core.stats;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A team's dispute figures over a period: what was opened, how cases ended, what it cost.
 *
 * @param since       start of the period (cases opened at or after it)
 * @param opened      cases opened in the period
 * @param open        of those, still open (no offer yet)
 * @param awaiting    of those, waiting for the buyer
 * @param closed      of those, closed
 * @param outcomes    closed cases per outcome
 * @param byReason    cases per reason
 * @param byMarketplace cases per marketplace id
 * @param refunded    money refunded, per currency
 */
public record TeamStats(Instant since, int opened, int open, int awaiting, int closed, Map<Outcome, Integer> outcomes,
                        Map<Reason, Integer> byReason, Map<String, Integer> byMarketplace,
                        Map<Currency, Money> refunded) {

    /** Outcomes where the buyer kept the order: the result the playbook steers toward. */
    public static boolean orderKept(Outcome outcome) {
        return switch (outcome) {
            case KEPT, PARTIAL_REFUND, RESHIPPED, ESCALATED_WON, WITHDRAWN -> true;
            case RETURNED, FULL_REFUND, ESCALATED_LOST -> false;
        };
    }

    public static TeamStats of(Collection<DisputeCase> cases, Instant since) {
        int opened = 0;
        int open = 0;
        int awaiting = 0;
        int closed = 0;
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
        Map<String, Integer> byMarketplace = new TreeMap<>();
        Map<Currency, Money> refunded = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (DisputeCase c : cases) {
            if (c.openedAt().isBefore(since)) {
                continue;
            }
            opened++;
            if (c.state() == CaseState.OPEN) {
                open++;
            } else if (c.state() == CaseState.AWAITING_BUYER) {
                awaiting++;
            } else {
                closed++;
            }
            c.outcome().ifPresent(o -> outcomes.merge(o, 1, Integer::sum));
            byReason.merge(c.facts().reason(), 1, Integer::sum);
            byMarketplace.merge(c.facts().marketplace(), 1, Integer::sum);
            c.refunded().ifPresent(m -> refunded.merge(m.currency(), m, Money::plus));
        }
        return new TeamStats(since, opened, open, awaiting, closed, outcomes, byReason, byMarketplace, refunded);
    }

    /** Closed cases in which the buyer kept the order. */
    public int kept() {
        return outcomes.entrySet().stream().filter(e -> orderKept(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }
}
