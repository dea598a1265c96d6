package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.Coded;

/** The kinds of remedy the team can offer a buyer, from cheapest to dearest in spirit. */
public enum OfferKind implements Coded {
    SHARE_PROOF("share-proof", "Share tracking / proof of delivery"),
    ASK_TO_WAIT("ask-to-wait", "Ask the buyer to wait; extend purchase protection"),
    CARRIER_INQUIRY("carrier-inquiry", "Open a carrier inquiry"),
    CUSTOMS_HELP("customs-help", "Find the customs cause; help with documents"),
    TROUBLESHOOT("troubleshoot", "Troubleshooting help"),
    COUPON("coupon", "Coupon for the next order"),
    PARTIAL_REFUND("partial-refund", "Partial refund, buyer keeps the item"),
    SEND_PART("send-part", "Send the missing part"),
    EXCHANGE("exchange", "Exchange for the right item"),
    RESHIP("reship", "Reship the order"),
    RETURN_AND_REFUND("return-refund", "Return and full refund"),
    FULL_REFUND("full-refund", "Full refund");

    private final String code;
    private final String label;

    OfferKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
