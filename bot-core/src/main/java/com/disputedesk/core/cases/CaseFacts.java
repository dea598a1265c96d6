package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the intake dialog collects about a dispute: the input of the remedy engine.
 *
 * @param marketplace   the playbook's marketplace id ("aliexpress")
 * @param orderId       the marketplace's order number, validated for that marketplace
 * @param buyer         the buyer's name or handle, as the member typed it (untrusted text)
 * @param buyerLanguage the language code of messages to the buyer ("en", "es", ...)
 * @param reason        why the buyer disputes
 * @param request       what the buyer asks for
 * @param orderAmount   what the buyer paid, in the order's currency
 * @param itemCost      what the item cost the seller; empty means "use the playbook's default margin"
 * @param shippingCost  what shipping cost the seller; empty means "use the playbook's default"
 * @param shipping      shipping facts, present when the reason needs them
 * @param evidence      evidence already at hand
 * @param openedOn      the day the dispute was opened, in the team's time zone
 */
public record CaseFacts(String marketplace, String orderId, String buyer, String buyerLanguage, Reason reason,
                        BuyerRequest request, Money orderAmount, Optional<Money> itemCost,
                        Optional<Money> shippingCost, Optional<ShippingFacts> shipping, Set<EvidenceKind> evidence,
                        LocalDate openedOn) {
    public CaseFacts {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(orderAmount, "orderAmount");
        evidence = Set.copyOf(evidence);
    }
}
