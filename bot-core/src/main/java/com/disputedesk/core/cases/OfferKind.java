package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** The kinds of remedy the team can offer a buyer, from cheapest to dearest in spirit; named in the glossary. */
public enum OfferKind implements Coded {
    SHARE_PROOF("share-proof"),
    ASK_TO_WAIT("ask-to-wait"),
    CARRIER_INQUIRY("carrier-inquiry"),
    CUSTOMS_HELP("customs-help"),
    TROUBLESHOOT("troubleshoot"),
    COUPON("coupon"),
    PARTIAL_REFUND("partial-refund"),
    SEND_PART("send-part"),
    EXCHANGE("exchange"),
    RESHIP("reship"),
    RETURN_AND_REFUND("return-refund"),
    FULL_REFUND("full-refund");

    private final String code;

    OfferKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
