package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.kernel.Money;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Case facts for tests: an AliExpress order of 100.00 USD, costs skipped, the buyer asking a full refund. */
final class Facts {
    private String marketplace = "aliexpress";
    private String orderId = "8181234567890123";
    private String buyer = "Maria";
    private String language = "en";
    private final Reason reason;
    private BuyerRequest request = BuyerRequest.of(RequestKind.FULL_REFUND);
    private Money orderAmount = Money.of("100.00", "USD");
    private Optional<Money> itemCost = Optional.empty();
    private Optional<Money> shippingCost = Optional.empty();
    private Optional<ShippingFacts> shipping = Optional.empty();
    private Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);
    private LocalDate openedOn = LocalDate.of(2026, 3, 2);

    private Facts(Reason reason) {
        this.reason = reason;
    }

    static Facts of(Reason reason) {
        return new Facts(reason);
    }

    Facts on(String marketplaceId) {
        this.marketplace = marketplaceId;
        return this;
    }

    Facts order(String id) {
        this.orderId = id;
        return this;
    }

    Facts buyer(String name) {
        this.buyer = name;
        return this;
    }

    Facts language(String code) {
        this.language = code;
        return this;
    }

    Facts asks(RequestKind kind) {
        this.request = BuyerRequest.of(kind);
        return this;
    }

    Facts asksPartial(String amount, String currency) {
        this.request = BuyerRequest.partial(Money.of(amount, currency));
        return this;
    }

    Facts paid(String amount, String currency) {
        this.orderAmount = Money.of(amount, currency);
        return this;
    }

    Facts costs(String item, String shippingCost) {
        this.itemCost = Optional.of(Money.of(item, orderAmount.currency().getCurrencyCode()));
        this.shippingCost = Optional.of(Money.of(shippingCost, orderAmount.currency().getCurrencyCode()));
        return this;
    }

    Facts tracking(String number, CarrierStatus status, int daysSinceShipment) {
        this.shipping = Optional.of(new ShippingFacts(Optional.ofNullable(number), status, daysSinceShipment));
        return this;
    }

    /** Tracking as {@link #tracking}, silent for {@code daysSilent} days since its last update. */
    Facts tracking(String number, CarrierStatus status, int daysSinceShipment, int daysSilent) {
        this.shipping = Optional.of(new ShippingFacts(Optional.ofNullable(number), status, daysSinceShipment,
                java.util.OptionalInt.of(daysSilent)));
        return this;
    }

    Facts have(EvidenceKind... kinds) {
        this.evidence = Set.of(kinds);
        return this;
    }

    Facts openedOn(LocalDate day) {
        this.openedOn = day;
        return this;
    }

    CaseFacts build() {
        return new CaseFacts(marketplace, orderId, buyer, language, reason, request, orderAmount, itemCost,
                shippingCost, shipping, evidence, openedOn);
    }
}
