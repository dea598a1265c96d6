package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** How the buyer answered an offer. */
public enum BuyerAnswer implements Coded {
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    /** The buyer asked for something else (often another amount). */
    COUNTER("counter"),
    /** The buyer changed what they ask for: no offer needs to be pending; some marketplace clocks restart. */
    CHANGED("changed");

    private final String code;

    BuyerAnswer(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
