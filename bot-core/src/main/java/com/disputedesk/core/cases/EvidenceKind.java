package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;

/** Kinds of evidence a platform asks for in an escalation. */
public enum EvidenceKind implements Coded {
    ORDER_CHAT("order-chat", "Chat history with the buyer"),
    TRACKING("tracking", "Complete tracking history"),
    PROOF_OF_DELIVERY("proof-of-delivery", "Proof of delivery (signature / photo)"),
    PRODUCT_PHOTOS("product-photos", "Photos of the item as shipped"),
    BUYER_PHOTOS("buyer-photos", "Buyer's photos of each difference"),
    BUYER_VIDEO("buyer-video", "Buyer's video of the defect"),
    SIZE_MEASUREMENT("size-measurement", "Item laid flat with a ruler, and the size label"),
    PACKING_PHOTOS("packing-photos", "Packing / weight photos at dispatch"),
    CARRIER_CLAIM("carrier-claim", "Carrier claim / inquiry"),
    CUSTOMS_DOCUMENTS("customs-documents", "Customs documents"),
    AUTHENTICITY_PROOF("authenticity-proof", "Invoice / authorisation proving authenticity"),
    LISTING_SNAPSHOT("listing-snapshot", "Listing as it was at purchase");

    private final String code;
    private final String label;

    EvidenceKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
