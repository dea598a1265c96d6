package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.remedy.Rung.AmountRule;
import com.disputedesk.core.remedy.Rung.Basis;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * What a rung offers in money: a percent of the order (coupon, partial refund), a percent of the item cost
 * (send part), the buyer's own request (partial refund), or what its offer kind implies.
 */
final class RungAmountCompiler extends PlaybookSection {
    private static final EnumSet<OfferKind> PERCENT_KINDS = EnumSet.of(OfferKind.COUPON, OfferKind.PARTIAL_REFUND);

    RungAmountCompiler(Path file) {
        super(file);
    }

    AmountRule amount(String at, OfferKind kind, Raw.Rung r) {
        boolean accept = r.acceptBuyerRequest() != null && r.acceptBuyerRequest();
        if (r.percent() != null) {
            if (!PERCENT_KINDS.contains(kind)) {
                throw problem(at + ".percent", "only coupon and partial-refund rungs take a percent of the order"
                        + " amount, this rung is " + kind.code());
            }
            if (accept) {
                throw problem(at + ".percent", "a rung takes either a percent or accept-buyer-request, not both");
            }
        }
        if (r.percentOfItemCost() != null && kind != OfferKind.SEND_PART) {
            throw problem(at + ".percent-of-item-cost", "only send-part rungs take a percent of the item cost,"
                    + " this rung is " + kind.code());
        }
        if (accept && kind != OfferKind.PARTIAL_REFUND) {
            throw problem(at + ".accept-buyer-request", "only partial-refund rungs can accept the buyer's request,"
                    + " this rung is " + kind.code());
        }
        if (accept) {
            return AmountRule.of(Basis.BUYER_REQUEST);
        }
        if (r.percent() != null) {
            return new AmountRule(Basis.PERCENT_OF_ORDER, percent(at + ".percent", r.percent()));
        }
        if (r.percentOfItemCost() != null) {
            return new AmountRule(Basis.PERCENT_OF_ITEM_COST,
                    percent(at + ".percent-of-item-cost", r.percentOfItemCost()));
        }
        switch (kind) {
            case COUPON:
            case PARTIAL_REFUND:
                throw problem(at + ".percent", "missing: a " + kind.code()
                        + " rung needs a percent of the order amount (or accept-buyer-request: true)");
            case RESHIP:
                return AmountRule.of(Basis.RESHIP_COST);
            case RETURN_AND_REFUND:
            case FULL_REFUND:
                return AmountRule.of(Basis.ORDER_AMOUNT);
            default:
                return AmountRule.of(Basis.NONE);
        }
    }

    private BigDecimal percent(String path, BigDecimal p) {
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw problem(path, "must be between 0 and 100, got " + p.toPlainString());
        }
        if (p.signum() == 0) {
            throw problem(path, "must be more than 0 (leave the rung out instead)");
        }
        return p;
    }
}
