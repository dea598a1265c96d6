package com.disputedesk.core.cases;

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
