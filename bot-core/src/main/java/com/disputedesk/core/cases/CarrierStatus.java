package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** What the carrier's tracking says. */
public enum CarrierStatus implements Coded {
    IN_TRANSIT("in-transit"),
    DELIVERED("delivered"),
    CUSTOMS("customs"),
    LOST("lost"),
    RETURNED("returned"),
    NO_TRACKING("no-tracking");

    private final String code;

    CarrierStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Tracking that cannot prove delivery: it loses escalations. */
    public boolean isBroken() {
        return this == LOST || this == RETURNED || this == NO_TRACKING;
    }
}
