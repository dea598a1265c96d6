package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.ShippingFacts;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known of the parcel, each part possibly unknown (a quick suggestion may know the carrier status but not
 * the days since shipment).
 *
 * @param status            what tracking says
 * @param daysSinceShipment whole days since shipment
 * @param daysSilent        whole days since tracking last changed
 */
record Parcel(Optional<CarrierStatus> status, OptionalInt daysSinceShipment, OptionalInt daysSilent) {
    static final Parcel UNKNOWN = new Parcel(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

    static Parcel of(Optional<ShippingFacts> shipping) {
        return shipping.map(s -> new Parcel(Optional.of(s.status()), OptionalInt.of(s.daysSinceShipment()),
                s.daysSilent())).orElse(UNKNOWN);
    }

    /** The same parcel, counted as lost (its tracking has been silent too long). */
    Parcel lost() {
        return new Parcel(Optional.of(CarrierStatus.LOST), daysSinceShipment, daysSilent);
    }
}
