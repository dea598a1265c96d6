package com.disputedesk.core.cases;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Shipping facts for reasons that need them.
 *
 * @param trackingNumber    the carrier's tracking number, if there is one
 * @param status            what tracking says
 * @param daysSinceShipment whole days since the parcel was shipped
 * @param daysSilent        whole days since tracking last changed, when the member said (asked only while the
 *                          parcel is on its way: long silence means it is lost)
 */
public record ShippingFacts(Optional<String> trackingNumber, CarrierStatus status, int daysSinceShipment,
                            OptionalInt daysSilent) {
    public ShippingFacts {
        if (daysSinceShipment < 0) {
            throw new IllegalArgumentException("days since shipment cannot be negative");
        }
        daysSilent = daysSilent == null ? OptionalInt.empty() : daysSilent;
        if (daysSilent.isPresent() && daysSilent.getAsInt() < 0) {
            throw new IllegalArgumentException("days since the last tracking update cannot be negative");
        }
    }

    /** Shipping facts without the days since the last tracking update. */
    public ShippingFacts(Optional<String> trackingNumber, CarrierStatus status, int daysSinceShipment) {
        this(trackingNumber, status, daysSinceShipment, OptionalInt.empty());
    }
}
