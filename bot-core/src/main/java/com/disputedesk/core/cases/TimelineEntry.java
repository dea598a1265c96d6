package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;
import java.time.Instant;

/**
 * One line of a case's append-only history.
 *
 * @param at    when it happened
 * @param actor who did it ("telegram:123 Alice", or "bot")
 * @param kind  what happened
 * @param text  the details, plain text
 */
public record TimelineEntry(Instant at, String actor, Kind kind, String text) {

    /** What a timeline line records. */
    public enum Kind implements Coded {
        INTAKE("intake"),
        CREATED("created"),
        OFFER_SENT("offer"),
        BUYER_REPLIED("reply"),
        /** The buyer changed what they ask for: restarts the marketplace clocks that restart on it. */
        REQUEST_CHANGED("changed"),
        /** A step of a return (agreed, shipped, received): starts or stops the marketplace clocks that declare it. */
        RETURN("return"),
        EVIDENCE("evidence"),
        ASSIGNED("assigned"),
        REMINDER("reminder"),
        NOTE("note"),
        CLOSED("closed"),
        /** A closed case opened again by a new intake for its order. */
        REOPENED("reopened");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
