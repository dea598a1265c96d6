package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** How a case ended. */
public enum Outcome implements Coded {
    KEPT("kept"),
    PARTIAL_REFUND("partial-refund"),
    RESHIPPED("reshipped"),
    RETURNED("returned"),
    FULL_REFUND("full-refund"),
    ESCALATED_WON("escalated-won"),
    ESCALATED_LOST("escalated-lost"),
    WITHDRAWN("withdrawn");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
