package com.disputedesk.core.remedy;

import static com.disputedesk.core.cases.OfferKind.ASK_TO_WAIT;
import static com.disputedesk.core.cases.OfferKind.CARRIER_INQUIRY;
import static com.disputedesk.core.cases.OfferKind.COUPON;
import static com.disputedesk.core.cases.OfferKind.CUSTOMS_HELP;
import static com.disputedesk.core.cases.OfferKind.EXCHANGE;
import static com.disputedesk.core.cases.OfferKind.FULL_REFUND;
import static com.disputedesk.core.cases.OfferKind.PARTIAL_REFUND;
import static com.disputedesk.core.cases.OfferKind.RESHIP;
import static com.disputedesk.core.cases.OfferKind.RETURN_AND_REFUND;
import static com.disputedesk.core.cases.OfferKind.SEND_PART;
import static com.disputedesk.core.cases.OfferKind.SHARE_PROOF;
import static com.disputedesk.core.cases.OfferKind.TROUBLESHOOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped playbook's ladder for every reason, on an AliExpress order of 100.00 USD with the costs
 * skipped (item 45 %, shipping 10 %: the seller can bear 50.00 USD).
 */
class RemedyLaddersTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private final Remedies remedies = Playbook.load(TestDesk.configDir());

    private Suggestion suggest(Facts facts) {
        return remedies.suggest(facts.build(), WARSAW);
    }

    private static List<OfferKind> kinds(Suggestion s) {
        return s.offers().stream().map(Offer::kind).toList();
    }

    private static Optional<Money> usd(String amount) {
        return Optional.of(Money.of(amount, "USD"));
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyLadderIsRankedAndEndsWithAFullRefundOfTheOrderAmount(Reason reason) {
        Suggestion s = suggest(Facts.of(reason).tracking("LP00123", CarrierStatus.IN_TRANSIT, 5));

        assertThat(s.offers()).extracting(Offer::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, s.offers().size()).boxed().toList());
        Offer last = s.offers().get(s.offers().size() - 1);
        // the last resort: a full refund, or a return where the reason never gets money without the item back
        assertThat(last.kind()).isEqualTo(reason == Reason.CHANGED_MIND ? RETURN_AND_REFUND : FULL_REFUND);
        assertThat(last.amount()).isEqualTo(usd("100.00"));
        assertThat(s.offers()).allSatisfy(o -> {
            assertThat(o.rule()).startsWith(reason.code() + ".");
            assertThat(o.why().english()).isNotBlank();
        });
        assertThat(s.offers().stream().filter(o -> o.kind() == FULL_REFUND)).hasSizeLessThanOrEqualTo(1);
        assertThat(s.evidence()).isNotEmpty();
    }

    @Test
    void notReceivedInTransitWithinThePromisedTimeSharesTrackingAndAsksToWaitBeforeReshipping() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP00123", CarrierStatus.IN_TRANSIT, 12));

        assertThat(kinds(s)).containsExactly(SHARE_PROOF, ASK_TO_WAIT, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).rule()).isEqualTo("not-received.share-tracking");
        assertThat(s.offers().get(2).amount()).as("reship costs item + shipping").isEqualTo(usd("55.00"));
        assertThat(s.evidence()).extracting(EvidenceItem::kind).contains(EvidenceKind.TRACKING);
    }

    @Test
    void notReceivedPastThePromisedTimeGoesToACarrierInquiryAndAReship() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP00123", CarrierStatus.IN_TRANSIT, 41));

        assertThat(kinds(s)).containsExactly(CARRIER_INQUIRY, RESHIP, FULL_REFUND);
    }

    @Test
    void notReceivedWithLostTrackingOffersAReshipOrAFullRefund() {
        assertThat(kinds(suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP00123", CarrierStatus.LOST, 20))))
                .containsExactly(RESHIP, FULL_REFUND);
        assertThat(kinds(suggest(Facts.of(Reason.NOT_RECEIVED).tracking(null, CarrierStatus.NO_TRACKING, 3))))
                .containsExactly(RESHIP, FULL_REFUND);
    }

    @Test
    void showsDeliveredStartsWithProofThenACarrierInquiryThenAGoodwillOffer() {
        Suggestion s = suggest(Facts.of(Reason.DELIVERED_NOT_RECEIVED).tracking("LP9", CarrierStatus.DELIVERED, 15));

        assertThat(kinds(s)).containsExactly(SHARE_PROOF, CARRIER_INQUIRY, PARTIAL_REFUND, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).rule()).isEqualTo("delivered-not-received.proof-of-delivery");
        assertThat(s.offers().get(2).rule()).isEqualTo("delivered-not-received.goodwill");
        assertThat(s.offers().get(2).amount()).isEqualTo(usd("20.00"));
        assertThat(s.evidence()).extracting(EvidenceItem::kind).startsWith(EvidenceKind.PROOF_OF_DELIVERY);
    }

    @Test
    void customsHoldLooksForTheCauseWhileHeldAndReshipsWhenTheParcelCameBack() {
        assertThat(kinds(suggest(Facts.of(Reason.CUSTOMS_HOLD).tracking("LP1", CarrierStatus.CUSTOMS, 18))))
                .containsExactly(CUSTOMS_HELP, ASK_TO_WAIT, FULL_REFUND);
        assertThat(kinds(suggest(Facts.of(Reason.CUSTOMS_HOLD).tracking("LP1", CarrierStatus.RETURNED, 40))))
                .containsExactly(RESHIP, FULL_REFUND);
    }

    @Test
    void notAsDescribedKeepsTheOrderWithAPartialRefundOrCouponBeforeAnyReturn() {
        Suggestion s = suggest(Facts.of(Reason.NOT_AS_DESCRIBED));

        assertThat(kinds(s)).containsExactly(PARTIAL_REFUND, COUPON, EXCHANGE, RETURN_AND_REFUND, FULL_REFUND);
        assertThat(s.offers().get(0).amount()).isEqualTo(usd("20.00"));
        assertThat(s.offers().get(1).amount()).isEqualTo(usd("15.00"));
        assertThat(s.offers().get(3).amount()).isEqualTo(usd("100.00"));
    }

    @Test
    void wrongSizeAndWrongColourOfferPartialRefundCouponExchangeThenReturn() {
        for (Reason reason : List.of(Reason.WRONG_SIZE, Reason.WRONG_COLOUR)) {
            Suggestion s = suggest(Facts.of(reason));
            assertThat(kinds(s)).containsExactly(PARTIAL_REFUND, COUPON, EXCHANGE, RETURN_AND_REFUND, FULL_REFUND);
            assertThat(s.offers().get(0).rule()).isEqualTo(reason.code() + ".partial-refund");
            assertThat(s.offers().get(0).amount()).isEqualTo(usd("15.00"));
            assertThat(s.offers().get(1).amount()).isEqualTo(usd("10.00"));
        }
        assertThat(suggest(Facts.of(Reason.WRONG_SIZE)).evidence()).extracting(EvidenceItem::kind)
                .startsWith(EvidenceKind.SIZE_MEASUREMENT);
    }

    @Test
    void qualityDefectTroubleshootsFirstThenPartialRefundThenReplacement() {
        Suggestion s = suggest(Facts.of(Reason.QUALITY_DEFECT));

        assertThat(kinds(s)).containsExactly(TROUBLESHOOT, PARTIAL_REFUND, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(1).amount()).isEqualTo(usd("30.00"));
        assertThat(s.offers().get(2).rule()).isEqualTo("quality-defect.replacement");
        assertThat(s.evidence()).extracting(EvidenceItem::kind).contains(EvidenceKind.BUYER_VIDEO);
    }

    @Test
    void damagedInTransitOffersAPartialRefundOrReshipAndAsksForTheCarrierClaim() {
        Suggestion s = suggest(Facts.of(Reason.DAMAGED_IN_TRANSIT).tracking("LP2", CarrierStatus.DELIVERED, 9));

        assertThat(kinds(s)).containsExactly(PARTIAL_REFUND, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).amount()).isEqualTo(usd("30.00"));
        assertThat(s.evidence()).extracting(EvidenceItem::kind).contains(EvidenceKind.CARRIER_CLAIM);
    }

    @Test
    void missingPartsSendsThePartOrRefundsItsShare() {
        Suggestion s = suggest(Facts.of(Reason.MISSING_PARTS).costs("40.00", "8.00"));

        assertThat(kinds(s)).containsExactly(SEND_PART, PARTIAL_REFUND, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).amount()).as("20 % of the item cost 40.00").isEqualTo(usd("8.00"));
        assertThat(s.offers().get(1).rule()).isEqualTo("missing-parts.refund-share");
        assertThat(s.offers().get(1).amount()).isEqualTo(usd("20.00"));
        assertThat(s.offers().get(2).amount()).isEqualTo(usd("48.00"));
    }

    @Test
    void wrongItemIsReshipOrFullRefund() {
        assertThat(kinds(suggest(Facts.of(Reason.WRONG_ITEM)))).containsExactly(RESHIP, FULL_REFUND);
    }

    @Test
    void counterfeitClaimSettlesAtOnceWithoutHaggling() {
        Suggestion s = suggest(Facts.of(Reason.COUNTERFEIT_CLAIM).asksPartial("30.00", "USD"));

        assertThat(kinds(s)).as("no haggling, no return demanded: a full refund at once").containsExactly(FULL_REFUND);
        assertThat(s.offers()).allSatisfy(o -> assertThat(o.amount()).isEqualTo(usd("100.00")));
        assertThat(s.offers().get(0).why().english()).containsIgnoringCase("do not haggle");
        assertThat(s.evidence()).extracting(EvidenceItem::kind).startsWith(EvidenceKind.AUTHENTICITY_PROOF);
    }

    @Test
    void changedMindIsAReturnUnderTheShopPolicy() {
        assertThat(kinds(suggest(Facts.of(Reason.CHANGED_MIND)))).as("never money without the item back")
                .containsExactly(RETURN_AND_REFUND);
    }

    @Test
    void aPartialRefundTheBuyerAsksForWithinTheCapIsTheFirstOffer() {
        for (Reason reason : List.of(Reason.NOT_AS_DESCRIBED, Reason.WRONG_SIZE, Reason.WRONG_COLOUR,
                Reason.QUALITY_DEFECT, Reason.DAMAGED_IN_TRANSIT, Reason.MISSING_PARTS, Reason.WRONG_ITEM)) {
            Suggestion s = suggest(Facts.of(reason).asksPartial("12.00", "USD")
                    .tracking("LP3", CarrierStatus.DELIVERED, 9));

            Offer first = s.offers().get(0);
            assertThat(first.kind()).as(reason.code()).isEqualTo(PARTIAL_REFUND);
            assertThat(first.rule()).isEqualTo(reason.code() + ".accept-request");
            assertThat(first.amount()).isEqualTo(usd("12.00"));
            assertThat(s.offers().stream().filter(o -> o.kind() == PARTIAL_REFUND)).as("no second partial refund")
                    .hasSize(1);
        }
    }

    @Test
    void theEvidenceChecklistMarksWhatIsAtHand() {
        Suggestion s = suggest(Facts.of(Reason.WRONG_SIZE).have(EvidenceKind.ORDER_CHAT, EvidenceKind.BUYER_PHOTOS));

        assertThat(s.evidence()).extracting(EvidenceItem::kind).containsExactly(EvidenceKind.SIZE_MEASUREMENT,
                EvidenceKind.BUYER_PHOTOS, EvidenceKind.LISTING_SNAPSHOT, EvidenceKind.ORDER_CHAT);
        assertThat(s.missingEvidence()).extracting(EvidenceItem::kind)
                .containsExactly(EvidenceKind.SIZE_MEASUREMENT, EvidenceKind.LISTING_SNAPSHOT);
    }

    @Test
    void aQuickSuggestionUsesDefaultSharesAndSaysWhichRungsDependOnTracking() {
        Suggestion s = remedies.quick(Reason.NOT_RECEIVED, Money.of("80.00", "EUR"), "aliexpress",
                LocalDate.of(2026, 3, 2), WARSAW);

        assertThat(kinds(s)).containsExactly(SHARE_PROOF, ASK_TO_WAIT, CARRIER_INQUIRY, RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).why().english()).contains("only if tracking shows");
        assertThat(s.offers().get(3).amount()).isEqualTo(Optional.of(Money.of("44.00", "EUR")));
        assertThat(s.offers().get(4).amount()).isEqualTo(Optional.of(Money.of("80.00", "EUR")));
        assertThat(s.missingEvidence()).hasSameSizeAs(s.evidence());
        assertThat(s.draft().language()).isEqualTo("en");
        assertThat(s.draft().text()).contains("{order}");
        assertThat(s.notes()).extracting(Suggestion.Note::rule).contains("seller.cap");
    }

    @Test
    void aQuickSuggestionWithoutAmountOrMarketplaceUsesTheFirstMarketplaceAndLeavesAmountsOut() {
        Suggestion s = remedies.quick(Reason.WRONG_SIZE, null, null, LocalDate.of(2026, 3, 2), WARSAW);

        assertThat(kinds(s)).containsExactly(PARTIAL_REFUND, COUPON, EXCHANGE, RETURN_AND_REFUND, FULL_REFUND);
        assertThat(s.offers()).allSatisfy(o -> assertThat(o.amount()).isEmpty());
        assertThat(s.offers().get(0).why().english()).contains("15% of the order amount");
        assertThat(s.deadline().what()).isEqualTo(remedies.marketplaces().get(0).onMissedDeadline());
    }

    @Test
    void anUnknownMarketplaceIsRefusedClearly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> remedies.quick(Reason.WRONG_SIZE,
                        Money.of("10", "USD"), "shopee", LocalDate.of(2026, 3, 2), WARSAW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shopee");
        assertThat(remedies.marketplace("Mercado Libre")).map(Marketplace::id).contains("mercadolibre");
        assertThat(remedies.marketplace("AliExpress")).map(Marketplace::id).contains("aliexpress");
    }
}
