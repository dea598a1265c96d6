package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One validated rung of a reason's ladder in the playbook.
 *
 * @param rule   "wrong-size.partial-refund": the reason's code and the rung's id
 * @param kind   what is offered
 * @param when   when the rung applies
 * @param amount how its amount is worked out
 * @param why    one line for the team, in the team languages the playbook gives it
 */
record Rung(String rule, OfferKind kind, Condition when, AmountRule amount, LocalText why) {

    /** The texts the ladder adds to a why line or a note, in the team's languages. */
    static final Messages TEXTS = new Messages("remedy");

    /**
     * When a rung applies; every part must hold. Empty sets and an empty flag mean "any".
     *
     * @param carrierStatus      tracking shows one of these
     * @param withinPromisedTime days since shipment within (true) or past (false) the promised delivery days
     * @param buyerRequests      the buyer asks for one of these
     */
    record Condition(Set<CarrierStatus> carrierStatus, Optional<Boolean> withinPromisedTime,
                     Set<RequestKind> buyerRequests) {
        static final Condition ALWAYS = new Condition(Set.of(), Optional.empty(), Set.of());

        boolean isAlways() {
            return carrierStatus.isEmpty() && withinPromisedTime.isEmpty() && buyerRequests.isEmpty();
        }

        String carrierText(UiLanguage lang) {
            return TEXTS.get(lang, "ladder.when.carrier", carrierStatus.stream().map(CarrierStatus::code).sorted()
                    .collect(Collectors.joining(TEXTS.get(lang, "ladder.or"))));
        }

        String timeText(int promisedDays, UiLanguage lang) {
            return TEXTS.get(lang, withinPromisedTime.orElse(true) ? "ladder.when.within" : "ladder.when.past",
                    String.valueOf(promisedDays));
        }

        String requestText(UiLanguage lang) {
            return TEXTS.get(lang, "ladder.when.request", buyerRequests.stream().map(RequestKind::code).sorted()
                    .collect(Collectors.joining(TEXTS.get(lang, "ladder.or"))));
        }
    }

    /** How the amount of a rung follows from the order. */
    enum Basis {
        /** No amount (share proof, ask to wait ...). */
        NONE,
        /** The order amount P (full refund, return and refund). */
        ORDER_AMOUNT,
        /** Item cost plus shipping, C + S. */
        RESHIP_COST,
        /** A percent of P; capped at what the seller can bear. */
        PERCENT_OF_ORDER,
        /** A percent of the item cost C (the cost of a missing part). */
        PERCENT_OF_ITEM_COST,
        /** What the buyer asked for as a partial refund; only within the cap. */
        BUYER_REQUEST
    }

    /** An amount rule: a basis and, for the percent bases, the percent (0 < p <= 100). */
    record AmountRule(Basis basis, BigDecimal percent) {
        static AmountRule of(Basis basis) {
            return new AmountRule(basis, BigDecimal.ZERO);
        }

        BigDecimal factor() {
            return percent.movePointLeft(2);
        }
    }
}
