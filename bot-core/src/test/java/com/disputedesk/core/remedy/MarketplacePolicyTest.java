package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What marketplace policy forbids: Mercado Libre Global Selling takes no partial refunds and no coupons (only a full
 * refund or a return settles); Amazon forbids coupon codes in buyer messages.
 */
class MarketplacePolicyTest {
    private static final Set<OfferKind> SETTLEMENTS_ML_ALLOWS = EnumSet.of(OfferKind.RETURN_AND_REFUND,
            OfferKind.FULL_REFUND, OfferKind.SHARE_PROOF, OfferKind.ASK_TO_WAIT, OfferKind.CARRIER_INQUIRY,
            OfferKind.CUSTOMS_HELP, OfferKind.TROUBLESHOOT);
    private final Remedies remedies = TestDesk.remedies();

    @Test
    void mercadoLibreIsConfiguredWithoutPartialRefundsOrCoupons() {
        Marketplace ml = remedies.marketplace("mercadolibre").orElseThrow();

        assertThat(ml.partialRefundsAllowed()).isFalse();
        assertThat(ml.couponsAllowed()).isFalse();
        assertThat(ml.allows(OfferKind.PARTIAL_REFUND)).isFalse();
        assertThat(ml.allows(OfferKind.COUPON)).isFalse();
        assertThat(ml.allows(OfferKind.RETURN_AND_REFUND)).isTrue();
        assertThat(ml.allows(OfferKind.FULL_REFUND)).isTrue();
        assertThat(remedies.marketplace("aliexpress").orElseThrow().allows(OfferKind.PARTIAL_REFUND)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void onMercadoLibreNoLadderOffersMoneyShortOfAFullRefund(Reason reason) {
        Suggestion s = remedies.suggest(Facts.of(reason).on("mercadolibre").order("2000008123456789")
                .paid("100.00", "USD").asksPartial("10.00", "USD")
                .tracking("ML1", CarrierStatus.IN_TRANSIT, 3).build(), ZoneId.of("America/Sao_Paulo"));

        assertThat(s.offers()).extracting(Offer::kind).allMatch(SETTLEMENTS_ML_ALLOWS::contains);
        assertThat(s.offers()).filteredOn(o -> o.amount().isPresent())
                .allSatisfy(o -> assertThat(o.amount()).contains(Money.of("100.00", "USD")));
        assertThat(s.offers().get(s.offers().size() - 1).kind())
                .isEqualTo(reason == Reason.CHANGED_MIND ? OfferKind.RETURN_AND_REFUND : OfferKind.FULL_REFUND);
    }

    @Test
    void wrongSizeOnMercadoLibreGoesStraightToAReturnAndSaysWhatWasLeftOut() {
        Suggestion s = remedies.suggest(Facts.of(Reason.WRONG_SIZE).on("mercadolibre").order("2000008123456789")
                .build(), ZoneId.of("America/Sao_Paulo"));

        assertThat(s.offers()).extracting(Offer::kind)
                .containsExactly(OfferKind.RETURN_AND_REFUND, OfferKind.FULL_REFUND);
        assertThat(s.notes()).extracting(Suggestion.Note::rule)
                .contains("wrong-size.partial-refund", "wrong-size.coupon", "wrong-size.exchange");
        assertThat(s.notes()).filteredOn(n -> n.rule().equals("wrong-size.coupon"))
                .allSatisfy(n -> assertThat(n.text().english()).contains("Mercado Libre").contains("does not allow"));
        assertThat(s.draft().text()).as("the draft proposes what is allowed").contains("100.00 USD")
                .doesNotContain("coupon");
    }

    @Test
    void theQuickSuggestionFollowsTheSamePolicy() {
        Suggestion s = remedies.quick(Reason.DAMAGED_IN_TRANSIT, Money.of("50.00", "USD"), "mercadolibre",
                LocalDate.of(2026, 3, 2), ZoneId.of("UTC"));

        assertThat(s.offers()).extracting(Offer::kind).containsExactly(OfferKind.FULL_REFUND);
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void onAmazonNoLadderOffersACouponBecauseCouponCodesMayNotBeSentToBuyers(Reason reason) {
        Suggestion s = remedies.suggest(Facts.of(reason).on("amazon").order("123-1234567-1234567")
                .paid("100.00", "USD").tracking("1Z999", CarrierStatus.IN_TRANSIT, 3).build(),
                ZoneId.of("America/New_York"));

        assertThat(remedies.marketplace("amazon").orElseThrow().couponsAllowed()).isFalse();
        assertThat(s.offers()).extracting(Offer::kind).doesNotContain(OfferKind.COUPON);
        assertThat(s.offers().get(s.offers().size() - 1).kind())
                .isEqualTo(reason == Reason.CHANGED_MIND ? OfferKind.RETURN_AND_REFUND : OfferKind.FULL_REFUND);
    }
}
