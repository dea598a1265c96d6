package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** Why the buyer opened the dispute. The remedy ladder and the evidence checklist follow from it. */
public enum Reason implements Coded {
    NOT_RECEIVED("not-received", "Not received"),
    DELIVERED_NOT_RECEIVED("delivered-not-received", "Shows delivered, buyer says not received"),
    CUSTOMS_HOLD("customs-hold", "Held at customs"),
    NOT_AS_DESCRIBED("not-as-described", "Not as described"),
    WRONG_SIZE("wrong-size", "Wrong size"),
    WRONG_COLOUR("wrong-colour", "Wrong colour"),
    QUALITY_DEFECT("quality-defect", "Quality problem / defect"),
    DAMAGED_IN_TRANSIT("damaged-in-transit", "Damaged in transit"),
    MISSING_PARTS("missing-parts", "Missing parts"),
    WRONG_ITEM("wrong-item", "Wrong item sent"),
    COUNTERFEIT_CLAIM("counterfeit-claim", "Counterfeit claim"),
    CHANGED_MIND("changed-mind", "Buyer changed mind");

    private final String code;
    private final String label;

    Reason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** English label; the team's language comes from the message catalogue. */
    public String label() {
        return label;
    }

    /**
     * Whether the buyer is still waiting for the parcel (not received, held at customs): then how long its tracking
     * has been silent tells whether it is lost.
     */
    public boolean awaitsParcel() {
        return this == NOT_RECEIVED || this == CUSTOMS_HOLD;
    }

    /** Whether shipping facts (tracking, carrier status, days since shipment) matter for this reason. */
    public boolean needsShippingFacts() {
        return switch (this) {
            case NOT_RECEIVED, DELIVERED_NOT_RECEIVED, CUSTOMS_HOLD, DAMAGED_IN_TRANSIT -> true;
            default -> false;
        };
    }
}
