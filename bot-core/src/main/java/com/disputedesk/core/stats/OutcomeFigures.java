package com.disputedesk.core.stats;

import com.disputedesk.core.kernel.Money;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * What one group of a period's cases (the team's, a marketplace's, a reason's or an owner's) meant in money and
 * time. Cases are those opened in the period, as everywhere in /stats.
 *
 * @param opened             cases opened
 * @param closed             of those, closed
 * @param kept               closed cases in which the buyer kept the order ({@link TeamStats#orderKept})
 * @param money              per order currency, the closed cases' order value and refunds; never summed across
 *                           currencies
 * @param missedBeforeOffer  cases whose platform deadline had passed when the first offer went out
 * @param missedBeforeClose  closed cases whose platform deadline had passed when they were closed
 * @param escalationsWon     closed as escalated and won
 * @param escalationsLost    closed as escalated and lost
 * @param medianToFirstOffer median time from the opening to the first offer, over the cases that had one
 * @param medianToClose      median time from the opening to the close, over the closed cases
 */
public record OutcomeFigures(int opened, int closed, int kept, Map<Currency, Value> money, int missedBeforeOffer,
                             int missedBeforeClose, int escalationsWon, int escalationsLost,
                             Optional<Duration> medianToFirstOffer, Optional<Duration> medianToClose) {

    public OutcomeFigures {
        money = Map.copyOf(money);
    }

    /**
     * Closed cases' money in one currency.
     *
     * @param orderValue what their orders were worth
     * @param refunded   the money refunded on them (reship costs are not refunds)
     */
    public record Value(Money orderValue, Money refunded) {

        /** The order value not refunded: what settling below a full refund kept for the seller. */
        public Money lossAvoided() {
            return new Money(orderValue.amount().subtract(refunded.amount()), orderValue.currency());
        }
    }
}
