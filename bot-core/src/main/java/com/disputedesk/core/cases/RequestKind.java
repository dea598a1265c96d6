package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** What the buyer asks for. */
public enum RequestKind implements Coded {
    FULL_REFUND("full-refund"),
    PARTIAL_REFUND("partial-refund"),
    RETURN("return"),
    REPLACEMENT("replacement");

    private final String code;

    RequestKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
