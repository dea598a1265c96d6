package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Money;
import java.util.Optional;

/**
 * What the buyer asks for; {@code amount} is present exactly for a partial refund.
 */
public record BuyerRequest(RequestKind kind, Optional<Money> amount) {
    public BuyerRequest {
        if ((kind == RequestKind.PARTIAL_REFUND) != amount.isPresent()) {
            throw new IllegalArgumentException("an amount goes with a partial refund and nothing else");
        }
    }

    public static BuyerRequest of(RequestKind kind) {
        return new BuyerRequest(kind, Optional.empty());
    }

    public static BuyerRequest partial(Money amount) {
        return new BuyerRequest(RequestKind.PARTIAL_REFUND, Optional.of(amount));
    }
}
