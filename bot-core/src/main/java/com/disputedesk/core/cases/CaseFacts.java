package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * @param openedOn      the day the dispute was opened, in the team's time zone then
 * @param openedAt      the moment the dispute was opened; empty for a case stored when the intake took only the day
 * @param region        the marketplace region the case is in ("TH"), for a marketplace whose clocks differ by
 *                      region; empty otherwise
 */
public record CaseFacts(String marketplace, String orderId, String buyer, String buyerLanguage, Reason reason,
                        BuyerRequest request, Money orderAmount, Optional<Money> itemCost,
                        Optional<Money> shippingCost, Optional<ShippingFacts> shipping, Set<EvidenceKind> evidence,
                        LocalDate openedOn, Optional<Instant> openedAt, Optional<String> region) {
    public CaseFacts {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(orderAmount, "orderAmount");
        evidence = Set.copyOf(evidence);
        openedAt = openedAt == null ? Optional.empty() : openedAt;
        region = region == null ? Optional.empty() : region;
    }

    /** Facts known only to the day the dispute opened, in no region. */
    public CaseFacts(String marketplace, String orderId, String buyer, String buyerLanguage, Reason reason,
                     BuyerRequest request, Money orderAmount, Optional<Money> itemCost, Optional<Money> shippingCost,
                     Optional<ShippingFacts> shipping, Set<EvidenceKind> evidence, LocalDate openedOn) {
        this(marketplace, orderId, buyer, buyerLanguage, reason, request, orderAmount, itemCost, shippingCost,
                shipping, evidence, openedOn, Optional.empty(), Optional.empty());
    }

    /**
     * When the marketplace's clocks start: the moment the dispute opened, or, for a case that has only its day,
     * that day's start in {@code zone} (the zone it was opened in, when the caller knows it; else the team's).
     */
    public Instant openedMoment(ZoneId zone) {
        return openedAt.orElseGet(() -> openedOn.atStartOfDay(zone).toInstant());
    }

    /** These facts with the dispute opened at {@code at}, which is on {@code day} in the team's zone. */
    public CaseFacts openedAt(Instant at, LocalDate day) {
        return new CaseFacts(marketplace, orderId, buyer, buyerLanguage, reason, request, orderAmount, itemCost,
                shippingCost, shipping, evidence, day, Optional.of(at), region);
    }

    /** These facts in {@code region} (empty: none). */
    public CaseFacts inRegion(Optional<String> inRegion) {
        return new CaseFacts(marketplace, orderId, buyer, buyerLanguage, reason, request, orderAmount, itemCost,
                shippingCost, shipping, evidence, openedOn, openedAt, inRegion);
    }
}
