package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The playbook's "what the seller can bear" settings (section {@code seller:}).
 *
 * @param itemCostShare      share of the order amount the item cost, when the member skipped the item cost
 * @param shippingCostShare  share of the order amount shipping cost, when the member skipped it
 * @param toleratedLossShare share of the order amount the seller accepts to lose beyond the margin
 */
record SellerEconomics(BigDecimal itemCostShare, BigDecimal shippingCostShare, BigDecimal toleratedLossShare) {

    /** The order's numbers; a cost given in another currency than the order's is replaced by the default share. */
    OrderEconomics of(Money orderAmount, Optional<Money> itemCost, Optional<Money> shippingCost) {
        Optional<Money> item = itemCost.filter(c -> c.currency().equals(orderAmount.currency()));
        Optional<Money> ship = shippingCost.filter(c -> c.currency().equals(orderAmount.currency()));
        Money c = item.orElseGet(() -> orderAmount.times(itemCostShare));
        Money s = ship.orElseGet(() -> orderAmount.times(shippingCostShare));
        Money margin = orderAmount.minus(c).minus(s);
        Money cap = margin.plus(orderAmount.times(toleratedLossShare))
                .max(Money.zero(orderAmount.currency()))
                .min(orderAmount);
        return new OrderEconomics(orderAmount, c, item.isEmpty(), s, ship.isEmpty(), cap, toleratedLossShare);
    }

    /**
     * One order's numbers: P, C, S and the cap.
     *
     * @param cap the most a partial refund or coupon may be: P - C - S + P x tolerated loss share, within 0..P
     */
    record OrderEconomics(Money orderAmount, Money itemCost, boolean itemCostDefault, Money shippingCost,
                          boolean shippingCostDefault, Money cap, BigDecimal toleratedLossShare) {

        Money reshipCost() {
            return itemCost.plus(shippingCost);
        }

        /** One line for the team on how the cap came about, in the team's language. */
        String explain(UiLanguage lang) {
            String byDefault = Rung.TEXTS.get(lang, "note.cap.default-share");
            return Rung.TEXTS.get(lang, "note.cap", cap.toString(), orderAmount.toString(), itemCost.toString(),
                    itemCostDefault ? byDefault : "", shippingCost.toString(), shippingCostDefault ? byDefault : "",
                    toleratedLossShare.movePointRight(2).stripTrailingZeros().toPlainString());
        }
    }
}
