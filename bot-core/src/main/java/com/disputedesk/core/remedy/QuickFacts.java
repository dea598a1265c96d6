package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.kernel.Money;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a quick suggestion knows beyond the reason, amount and marketplace: each fact may be unknown, and an unknown
 * one counts as met (the rung says "only if ...").
 *
 * @param tracking     what tracking says
 * @param shippedDays  whole days since shipment
 * @param silentDays   whole days since tracking last changed
 * @param itemCost     what the item cost the seller (else the playbook's default share)
 * @param shippingCost what shipping cost the seller (else the playbook's default share)
 * @param asks         what the buyer asks for
 * @param evidence     evidence at hand
 * @param region       the buyer's country code ("TH"), for a marketplace whose clocks differ by region
 * @param language     the buyer's language code ("es"): the draft is written in it (else in English)
 */
public record QuickFacts(Optional<CarrierStatus> tracking, OptionalInt shippedDays, OptionalInt silentDays,
                         Optional<Money> itemCost, Optional<Money> shippingCost, Optional<BuyerRequest> asks,
                         Set<EvidenceKind> evidence, Optional<String> region, Optional<String> language) {
    /** Nothing known. */
    public static final QuickFacts NONE = new QuickFacts(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

    public QuickFacts {
        evidence = Set.copyOf(evidence);
    }

    Parcel parcel() {
        return new Parcel(tracking, shippedDays, silentDays);
    }
}
