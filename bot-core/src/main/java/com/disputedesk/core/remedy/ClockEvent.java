package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.Coded;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** What happens on a case that starts or stops a marketplace clock, by the code the playbook names it with. */
public enum ClockEvent implements Coded {
    /** The buyer opened the dispute (the moment the intake took). */
    OPENED("opened"),
    /** The buyer changed what they ask for ({@code /reply <case> changed}). */
    REQUEST_CHANGED("request-changed"),
    /** The team sent the buyer an offer ({@code /offer}). */
    OFFER_SENT("offer-sent"),
    /** The buyer answered an offer, whatever the answer ({@code /reply}). */
    BUYER_REPLIED("buyer-replied"),
    /** The buyer turned an offer down. */
    OFFER_REJECTED("offer-rejected"),
    /** The buyer accepted a return ({@code /reply} to a return offer, or {@code /return <case> agreed}). */
    RETURN_AGREED("return-agreed"),
    /** The buyer shipped the return ({@code /return <case> shipped}). */
    RETURN_SHIPPED("return-shipped"),
    /** The returned item arrived ({@code /return <case> received}). */
    RETURN_RECEIVED("return-received"),
    /** The case was closed: every clock stops. */
    CLOSED("closed");

    /** What may start a clock; the others only stop one. */
    public static final Set<ClockEvent> STARTS =
            EnumSet.of(OPENED, REQUEST_CHANGED, OFFER_REJECTED, RETURN_AGREED, RETURN_RECEIVED);

    private final String code;

    ClockEvent(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** This event at {@code when}. */
    public At at(Instant when) {
        return new At(this, when);
    }

    /** One event of a case's history, as the clocks read it. */
    public record At(ClockEvent event, Instant when) {
    }
}
