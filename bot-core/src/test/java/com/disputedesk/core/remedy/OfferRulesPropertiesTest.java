package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over every reason on every marketplace, with a spread of order amounts, costs (cheap orders whose reship costs
 * more than the order among them), carrier statuses, silences and buyer requests: no money back above what the
 * seller can bear, nothing the marketplace's policy forbids, nothing from the reason's never-list, no waiting on a
 * parcel counted as lost, and nothing costlier than a full refund ranked before it. Seeded by jqwik: a failure
 * replays with the same case.
 */
class OfferRulesPropertiesTest {
    private static final Remedies REMEDIES = Playbook.load(TestDesk.configDir());
    private static final Set<OfferKind> MONEY_BACK = EnumSet.of(OfferKind.PARTIAL_REFUND, OfferKind.COUPON);
    /** The shipped never-lists, written out here so that the playbook cannot quietly drop one. */
    private static final Set<OfferKind> NEVER_CHANGED_MIND = EnumSet.of(OfferKind.FULL_REFUND,
            OfferKind.PARTIAL_REFUND);
    private static final Set<OfferKind> COUNTERFEIT_ONLY = EnumSet.of(OfferKind.FULL_REFUND);
    private static final int LOST_AFTER = 20;

    @Property(tries = 2000)
    void everyOfferKeepsTheRules(@ForAll("cases") CaseFacts facts) {
        Suggestion s = REMEDIES.suggest(facts, ZoneId.of("UTC"));
        Marketplace market = REMEDIES.marketplace(facts.marketplace()).orElseThrow();
        Money order = facts.orderAmount();
        Money cap = REMEDIES.sellerCap(facts).orElseThrow();
        List<Offer> offers = s.offers();

        assertThat(offers).extracting(Offer::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, offers.size()).boxed().toList());
        for (Offer o : offers) {
            assertThat(market.allows(o.kind())).as("%s on %s", o.kind(), market.id()).isTrue();
            assertThat(REMEDIES.forbids(facts, o.kind())).as("rules on %s", o.kind()).isEmpty();
            if (MONEY_BACK.contains(o.kind())) {
                assertThat(o.amount().orElseThrow()).as("%s within the cap", o.kind()).isLessThanOrEqualTo(cap);
            }
        }
        if (facts.reason() == Reason.CHANGED_MIND) {
            assertThat(offers).extracting(Offer::kind).doesNotContainAnyElementsOf(NEVER_CHANGED_MIND);
        }
        if (facts.reason() == Reason.COUNTERFEIT_CLAIM) {
            assertThat(offers).extracting(Offer::kind).containsOnlyElementsOf(COUNTERFEIT_ONLY);
        }
        OptionalInt silent = facts.shipping().flatMap(sh -> sh.daysSilent().isPresent()
                ? Optional.of(sh.daysSilent()) : Optional.empty()).orElse(OptionalInt.empty());
        if (silent.isPresent() && silent.getAsInt() >= LOST_AFTER) {
            assertThat(offers).extracting(Offer::kind).doesNotContain(OfferKind.ASK_TO_WAIT);
        }
        OfferKind lastResort = facts.reason() == Reason.CHANGED_MIND ? OfferKind.RETURN_AND_REFUND
                : OfferKind.FULL_REFUND;
        int resort = offers.stream().filter(o -> o.kind() == lastResort).findFirst().orElseThrow().rank();
        for (Offer o : offers.subList(0, resort - 1)) {
            assertThat(cost(o, facts)).as("%s ranked before the %s", o.kind(), lastResort)
                    .isLessThanOrEqualTo(order);
        }
    }

    /** What the offer costs the seller, worked out here from the facts, not by the engine. */
    private static Money cost(Offer o, CaseFacts f) {
        Money reship = f.itemCost().orElseThrow().plus(f.shippingCost().orElseThrow());
        return switch (o.kind()) {
            case EXCHANGE -> reship;
            case RESHIP, SEND_PART, PARTIAL_REFUND, COUPON, RETURN_AND_REFUND, FULL_REFUND -> o.amount().orElseThrow();
            default -> Money.zero(f.orderAmount().currency());
        };
    }

    @Provide
    Arbitrary<CaseFacts> cases() {
        Arbitrary<Reason> reasons = Arbitraries.of(Reason.class);
        Arbitrary<String> markets = Arbitraries.of(REMEDIES.marketplaces().stream().map(Marketplace::id).toList());
        // cents: from 1.00 to 5,000.00, weighted to cheap orders where a reship may cost more than the order
        Arbitrary<Long> orderCents = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(100, 1_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1_000, 500_000)));
        Arbitrary<Integer> itemPct = Arbitraries.integers().between(0, 150);
        Arbitrary<Integer> shipPct = Arbitraries.integers().between(0, 120);
        Arbitrary<Optional<ShippingFacts>> shipping = Combinators.combine(Arbitraries.of(CarrierStatus.class),
                Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 60).injectNull(0.3))
                .as((status, days, silent) -> Optional.of(new ShippingFacts(Optional.of("LP1"), status, days,
                        silent == null ? OptionalInt.empty() : OptionalInt.of(Math.min(silent, days)))));
        Arbitrary<RequestKind> requests = Arbitraries.of(RequestKind.class);
        Arbitrary<Integer> askedPct = Arbitraries.integers().between(1, 100);
        return Combinators.combine(reasons, markets, orderCents, itemPct, shipPct, shipping, requests, askedPct)
                .as((reason, market, cents, item, ship, parcel, request, asked) -> {
                    Money order = Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "USD");
                    BuyerRequest r = request == RequestKind.PARTIAL_REFUND
                            ? BuyerRequest.partial(order.times(BigDecimal.valueOf(asked, 2)).max(Money.of("0.01",
                            "USD")))
                            : BuyerRequest.of(request);
                    return new CaseFacts(market, "1", "Ana", "en", reason, r, order,
                            Optional.of(order.times(BigDecimal.valueOf(item, 2))),
                            Optional.of(order.times(BigDecimal.valueOf(ship, 2))),
                            reason.needsShippingFacts() ? parcel : Optional.empty(), Set.of(),
                            LocalDate.of(2026, 3, 2));
                });
    }
}
