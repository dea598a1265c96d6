package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remedy.SellerEconomics.OrderEconomics;
import java.util.Optional;

/**
 * What an offer costs the seller on one order, to compare it with a full refund: money back is its amount, a
 * reship or an exchange sends a new item (item cost plus shipping), a part its estimated cost, a full refund or a
 * return the order amount; proof, waiting, an inquiry, help or troubleshooting cost no money.
 */
final class SellerCost {
    private SellerCost() {
    }

    static Optional<Money> of(OfferKind kind, Optional<Money> amount, OrderEconomics e) {
        return switch (kind) {
            case RESHIP, SEND_PART, PARTIAL_REFUND, COUPON -> amount;
            case EXCHANGE -> Optional.of(e.reshipCost());
            case RETURN_AND_REFUND, FULL_REFUND -> Optional.of(e.orderAmount());
            default -> Optional.of(Money.zero(e.orderAmount().currency()));
        };
    }
}
