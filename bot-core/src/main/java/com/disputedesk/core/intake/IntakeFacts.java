package com.disputedesk.core.intake;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.dialog.Answers;
import com.disputedesk.core.dialog.Step;
import com.disputedesk.core.money.Money;
import com.disputedesk.core.money.MoneyParser;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Turns the intake's confirmed answers (canonical strings) into {@link CaseFacts}. */
final class IntakeFacts {

    private IntakeFacts() {
    }

    /**
     * @param a     the answers of the steps that apply, as confirmed
     * @param today the team's today: the opening day when the member skipped it
     * @throws IllegalStateException when a required answer is missing or unreadable (the engine prevents that)
     */
    static CaseFacts from(Answers a, LocalDate today) {
        Reason reason = coded(Reason.class, a, IntakeDialog.REASON);
        Money order = money(a, IntakeDialog.AMOUNT).orElseThrow(() -> missing(IntakeDialog.AMOUNT));
        RequestKind kind = coded(RequestKind.class, a, IntakeDialog.REQUEST);
        BuyerRequest request = kind == RequestKind.PARTIAL_REFUND
                ? BuyerRequest.partial(money(a, IntakeDialog.PARTIAL).orElseThrow(() -> missing(IntakeDialog.PARTIAL)))
                : BuyerRequest.of(kind);
        Optional<ShippingFacts> shipping = Optional.empty();
        if (reason.needsShippingFacts()) {
            shipping = Optional.of(new ShippingFacts(a.get(IntakeDialog.TRACKING),
                    coded(CarrierStatus.class, a, IntakeDialog.CARRIER),
                    Integer.parseInt(required(a, IntakeDialog.DAYS))));
        }
        return new CaseFacts(required(a, IntakeDialog.MARKET), required(a, IntakeDialog.ORDER),
                required(a, IntakeDialog.BUYER), required(a, IntakeDialog.LANGUAGE), reason, request, order,
                money(a, IntakeDialog.ITEM_COST), money(a, IntakeDialog.SHIP_COST), shipping, evidence(a),
                a.get(IntakeDialog.OPENED).map(LocalDate::parse).orElse(today));
    }

    private static Set<EvidenceKind> evidence(Answers a) {
        String v = required(a, IntakeDialog.EVIDENCE);
        Set<EvidenceKind> out = EnumSet.noneOf(EvidenceKind.class);
        if (v.equals(Step.NONE)) {
            return out;
        }
        for (String code : v.split(",")) {
            out.add(Coded.parse(EvidenceKind.class, code).orElseThrow(() -> missing(IntakeDialog.EVIDENCE)));
        }
        return out;
    }

    private static Optional<Money> money(Answers a, String step) {
        return a.get(step).flatMap(s -> MoneyParser.money(s, Optional.empty()));
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, Answers a, String step) {
        return Coded.parse(type, required(a, step)).orElseThrow(() -> missing(step));
    }

    private static String required(Answers a, String step) {
        return a.get(step).orElseThrow(() -> missing(step));
    }

    private static IllegalStateException missing(String step) {
        return new IllegalStateException("intake answer missing or unreadable: " + step);
    }
}
