package com.disputedesk.core.remedy;

import java.time.Duration;
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
 */
public record Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                          String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                          boolean couponsAllowed) {

    public boolean acceptsOrderId(String orderId) {
        return orderIdPattern.matcher(orderId).matches();
    }
}
