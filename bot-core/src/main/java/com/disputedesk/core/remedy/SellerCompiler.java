package com.disputedesk.core.remedy;

import java.math.BigDecimal;
import java.nio.file.Path;

/** The seller section: which shares of a refund the seller bears and how much loss is tolerated. */
final class SellerCompiler extends PlaybookSection {
    SellerCompiler(Path file) {
        super(file);
    }

    SellerEconomics economics(Raw.Seller seller) {
        if (seller == null) {
            throw problem("seller", "missing (item-cost-share, shipping-cost-share, tolerated-loss-share)");
        }
        return new SellerEconomics(share("seller.item-cost-share", seller.itemCostShare()),
                share("seller.shipping-cost-share", seller.shippingCostShare()),
                share("seller.tolerated-loss-share", seller.toleratedLossShare()));
    }

    private BigDecimal share(String path, BigDecimal value) {
        if (value == null) {
            throw problem(path, "missing (a share between 0 and 1, e.g. 0.45)");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw problem(path, "must be a share between 0 and 1, got " + value.toPlainString());
        }
        return value;
    }
}
