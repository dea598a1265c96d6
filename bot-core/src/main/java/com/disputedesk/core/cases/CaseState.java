package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** Where a case stands. */
public enum CaseState implements Coded {
    /** Opened; the team has not made an offer yet. */
    OPEN("open"),
    /** An offer went out; the buyer has not answered. */
    AWAITING_BUYER("awaiting"),
    /** Settled one way or another. */
    CLOSED("closed");

    private final String code;

    CaseState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
