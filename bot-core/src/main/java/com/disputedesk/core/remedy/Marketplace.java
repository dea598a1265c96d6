package com.disputedesk.core.remedy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marketplace as the playbook configures it.
 *
 * @param id                    short id members type ("aliexpress")
 * @param name                  display name ("AliExpress")
 * @param orderIdPattern        what a valid order id looks like
 * @param orderIdHint           how to describe a valid order id in a retry prompt ("15-20 digits")
 * @param responseWindow        time the seller has to answer a dispute from the day it opened
 * @param onMissedDeadline      what the platform does when the window passes, in English
 * @param windowVerified        false when the window is a guess to be confirmed by the operator
 * @param partialRefundsAllowed false where only a full refund or return may be offered (Mercado Libre Global Selling)
 * @param couponsAllowed        false where discounts may not be offered
 * @param forbiddenOffers       further offer kinds the marketplace does not allow
 */
public record Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                          String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                          boolean couponsAllowed, Set<OfferKind> forbiddenOffers) {

    public Marketplace {
        forbiddenOffers = forbiddenOffers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forbiddenOffers));
    }

    public Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                       String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                       boolean couponsAllowed) {
        this(id, name, orderIdPattern, orderIdHint, responseWindow, onMissedDeadline, windowVerified,
                partialRefundsAllowed, couponsAllowed, Set.of());
    }

    public boolean acceptsOrderId(String orderId) {
        return orderIdPattern.matcher(orderId.trim()).matches();
    }

    /** Whether the marketplace lets the seller offer this kind of remedy. */
    public boolean allows(OfferKind kind) {
        if (kind == OfferKind.PARTIAL_REFUND && !partialRefundsAllowed) {
            return false;
        }
        if (kind == OfferKind.COUPON && !couponsAllowed) {
            return false;
        }
        return !forbiddenOffers.contains(kind);
    }
}
