package com.disputedesk.core.intake;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.dialog.Answers;
import com.disputedesk.core.dialog.StepKey;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Turns the intake's confirmed typed answers into {@link CaseFacts}. */
final class IntakeFacts {

    private IntakeFacts() {
    }

    /**
     * @param a     the answers of the steps that apply, as confirmed
     * @param now  the moment of confirming: when the dispute opened if the member skipped the question
     * @param zone the team's zone now, in which the opening moment falls on its day
     * @throws IllegalStateException when a required answer is missing (the engine prevents that)
     */
    static CaseFacts from(Answers a, Instant now, ZoneId zone) {
        Reason reason = required(a, IntakeDialog.REASON);
        Money order = required(a, IntakeDialog.AMOUNT);
        RequestKind kind = required(a, IntakeDialog.REQUEST);
        BuyerRequest request = kind == RequestKind.PARTIAL_REFUND
                ? BuyerRequest.partial(required(a, IntakeDialog.PARTIAL))
                : BuyerRequest.of(kind);
        Optional<ShippingFacts> shipping = Optional.empty();
        if (reason.needsShippingFacts()) {
            shipping = Optional.of(new ShippingFacts(a.get(IntakeDialog.TRACKING),
                    required(a, IntakeDialog.CARRIER), required(a, IntakeDialog.DAYS),
                    a.get(IntakeDialog.SILENT).map(OptionalInt::of).orElse(OptionalInt.empty())));
        }
        Instant opened = a.get(IntakeDialog.OPENED).orElse(now);
        return new CaseFacts(required(a, IntakeDialog.MARKET), required(a, IntakeDialog.ORDER),
                required(a, IntakeDialog.BUYER), required(a, IntakeDialog.LANGUAGE), reason, request, order,
                a.get(IntakeDialog.ITEM_COST), a.get(IntakeDialog.SHIP_COST), shipping, evidence(a),
                LocalDate.ofInstant(opened, zone), Optional.of(opened), a.get(IntakeDialog.REGION));
    }

    private static Set<EvidenceKind> evidence(Answers a) {
        Set<EvidenceKind> out = EnumSet.noneOf(EvidenceKind.class);
        out.addAll(required(a, IntakeDialog.EVIDENCE));
        return out;
    }

    private static <T> T required(Answers a, StepKey<T> key) {
        return a.get(key).orElseThrow(() -> new IllegalStateException("intake answer missing: " + key.id()));
    }
}
