package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** Which cases {@code /cases} lists. */
public enum CaseFilter implements Coded {
    /** Every case not closed. */
    OPEN("open"),
    /** Waiting for the buyer's answer to an offer. */
    AWAITING("awaiting"),
    /** Not closed and past the marketplace's response deadline. */
    OVERDUE("overdue"),
    /** Not closed and owned by the asking member. */
    MINE("mine"),
    /** Closed, the latest first. */
    CLOSED("closed");

    private final String code;

    CaseFilter(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
