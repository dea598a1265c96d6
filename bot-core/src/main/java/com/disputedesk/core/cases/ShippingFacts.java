package com.disputedesk.core.cases;

import java.util.Optional;

/**
 * Shipping facts for reasons that need them.
 *
 * @param trackingNumber    the carrier's tracking number, if there is one
 * @param status            what tracking says
 * @param daysSinceShipment whole days since the parcel was shipped
 */
public record ShippingFacts(Optional<String> trackingNumber, CarrierStatus status, int daysSinceShipment) {
    public ShippingFacts {
        if (daysSinceShipment < 0) {
            throw new IllegalArgumentException("days since shipment cannot be negative");
        }
    }
}
