package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Money;
import java.util.Optional;

/**
 * Which amount each way of closing a case records, and the checks that keep outcome and amount in agreement:
 * a full refund is the order amount (another amount only when the member confirms it), a partial refund is more
 * than zero and less than the order amount, a return or a lost escalation refunds at most the order amount, a
 * reship records what it cost the seller (a cost, never a refund), and kept, withdrawn or won cases moved no money.
 */
public final class Settlement {
    private Settlement() {
    }

    /** Whether the outcome's amount is a cost to the seller (a reship) rather than money refunded. */
    public static boolean isCost(Outcome outcome) {
        return outcome == Outcome.RESHIPPED;
    }

    /** Whether the outcome records no amount at all. */
    public static boolean takesNoAmount(Outcome outcome) {
        return outcome == Outcome.KEPT || outcome == Outcome.WITHDRAWN || outcome == Outcome.ESCALATED_WON;
    }

    /**
     * Checks {@code amount} for {@code outcome} on an order of {@code order}.
     *
     * @throws CaseService.Refused with the rule it breaks
     */
    public static void check(Outcome outcome, Optional<Money> amount, Money order, boolean confirmedFull) {
        if (amount.isPresent()) {
            Money m = amount.get();
            if (!m.currency().equals(order.currency())) {
                throw refused(CaseService.Rule.WRONG_CURRENCY);
            }
            if (m.isNegative()) {
                throw refused(CaseService.Rule.NEGATIVE_AMOUNT);
            }
        }
        switch (outcome) {
            case KEPT, WITHDRAWN, ESCALATED_WON -> {
                if (amount.isPresent()) {
                    throw refused(CaseService.Rule.NO_AMOUNT_FOR_OUTCOME);
                }
            }
            case PARTIAL_REFUND -> {
                Money m = amount.orElseThrow(() -> refused(CaseService.Rule.PARTIAL_NEEDS_AMOUNT));
                if (!m.isPositive() || m.compareTo(order) >= 0) {
                    throw refused(m.compareTo(order) > 0 ? CaseService.Rule.REFUND_OVER_ORDER
                            : CaseService.Rule.PARTIAL_NOT_PARTIAL);
                }
            }
            case FULL_REFUND -> {
                if (amount.isPresent() && amount.get().compareTo(order) > 0) {
                    throw refused(CaseService.Rule.REFUND_OVER_ORDER);
                }
                if (amount.isPresent() && amount.get().compareTo(order) != 0 && !confirmedFull) {
                    throw refused(CaseService.Rule.FULL_REFUND_DIFFERS);
                }
            }
            case RESHIPPED -> {
                if (amount.isPresent() && !amount.get().isPositive()) {
                    throw refused(CaseService.Rule.COST_NOT_POSITIVE);
                }
            }
            case RETURNED, ESCALATED_LOST -> {
                if (amount.isPresent() && amount.get().compareTo(order) > 0) {
                    throw refused(CaseService.Rule.REFUND_OVER_ORDER);
                }
            }
            default -> throw new IllegalArgumentException("unknown outcome " + outcome);
        }
    }

    private static CaseService.Refused refused(CaseService.Rule rule) {
        return new CaseService.Refused(rule);
    }
}
