package com.disputedesk.core.remedy;

import static com.disputedesk.core.cases.OfferKind.ASK_TO_WAIT;
import static com.disputedesk.core.cases.OfferKind.CARRIER_INQUIRY;
import static com.disputedesk.core.cases.OfferKind.FULL_REFUND;
import static com.disputedesk.core.cases.OfferKind.RESHIP;
import static com.disputedesk.core.cases.OfferKind.RETURN_AND_REFUND;
import static com.disputedesk.core.cases.OfferKind.SHARE_PROOF;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.ConfigFixture;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offer rules of the shipped playbook: never above a full refund when dearer than one, the never-lists of
 * counterfeit claims and changed minds, what a marketplace's policy forbids and why, silent tracking as a lost
 * parcel, and how a buyer's counter is judged.
 */
class OfferRulesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final Remedies remedies = Playbook.load(TestDesk.configDir());

    private Suggestion suggest(Facts facts) {
        return remedies.suggest(facts.build(), UTC);
    }

    private static List<OfferKind> kinds(Suggestion s) {
        return s.offers().stream().map(Offer::kind).toList();
    }

    private static List<String> notes(Suggestion s, UiLanguage lang) {
        return s.notes().stream().map(n -> n.text(lang)).toList();
    }

    @Test
    void aReshipDearerThanTheOrderIsRankedAfterTheFullRefundAndSaysWhy() {
        // a 2 USD order whose reship costs 4 USD
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).paid("2.00", "USD").costs("3.00", "1.00")
                .tracking("LP1", CarrierStatus.LOST, 40));

        assertThat(kinds(s)).containsExactly(FULL_REFUND, RESHIP);
        assertThat(s.offers()).extracting(Offer::rank).containsExactly(1, 2);
        assertThat(s.offers().get(1).amount()).contains(Money.of("4.00", "USD"));
        assertThat(s.offers().get(1).why(UiLanguage.EN))
                .contains("costs the seller 4.00 USD, more than a full refund of 2.00 USD: ranked after Full refund");
        assertThat(s.offers().get(1).why(UiLanguage.ZH)).contains("高于全额退款");
    }

    @Test
    void aReshipCheaperThanTheOrderKeepsItsPlace() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).costs("30.00", "10.00")
                .tracking("LP1", CarrierStatus.LOST, 40));

        assertThat(kinds(s)).containsExactly(RESHIP, FULL_REFUND);
        assertThat(s.offers().get(0).why(UiLanguage.EN)).doesNotContain("more than a full refund");
    }

    @Test
    void aCounterfeitClaimIsSettledAtOnceEvenWhenTheBuyerAsksForLess() {
        Suggestion s = suggest(Facts.of(Reason.COUNTERFEIT_CLAIM).asksPartial("10.00", "USD"));

        assertThat(kinds(s)).containsExactly(FULL_REFUND);
        assertThat(s.draft().text()).doesNotContainIgnoringCase("send it back").doesNotContainIgnoringCase("return");
    }

    @Test
    void aNeverListedRungAnOperatorAddsIsLeftOutWithTheReason(@TempDir Path dir) {
        ConfigFixture.copyOfShipped(dir).edit("playbook.yml",
                "  counterfeit-claim:\n    ladder:\n",
                "  counterfeit-claim:\n    ladder:\n      - offer: return-refund\n        why: \"Ask for it back\"\n");
        Remedies edited = Playbook.load(dir);

        Suggestion s = edited.suggest(Facts.of(Reason.COUNTERFEIT_CLAIM).build(), UTC);

        assertThat(kinds(s)).containsExactly(FULL_REFUND);
        assertThat(s.notes()).filteredOn(n -> n.rule().equals("counterfeit-claim.return-refund")).singleElement()
                .satisfies(n -> {
                    assertThat(n.text(UiLanguage.EN)).startsWith("Return and full refund left out: do not demand"
                            + " the item back on a counterfeit claim");
                    assertThat(n.text(UiLanguage.ZH)).contains("假货投诉不要求退回商品");
                });
    }

    @Test
    void aBuyerWhoChangedTheirMindIsNeverOfferedMoneyWithoutTheItemBack() {
        Suggestion s = suggest(Facts.of(Reason.CHANGED_MIND).asksPartial("10.00", "USD"));

        assertThat(kinds(s)).containsExactly(RETURN_AND_REFUND);
        assertThat(remedies.forbids(Facts.of(Reason.CHANGED_MIND).build(), FULL_REFUND)).get()
                .satisfies(why -> assertThat(why.english()).contains("no money without sending the item back"));
        assertThat(remedies.forbids(Facts.of(Reason.WRONG_SIZE).build(), FULL_REFUND)).isEmpty();
    }

    @Test
    void onAmazonTheCouponLeftOutSaysAmazonForbidsCouponCodes() {
        Suggestion s = suggest(Facts.of(Reason.WRONG_SIZE).on("amazon").order("123-1234567-1234567"));

        assertThat(kinds(s)).doesNotContain(OfferKind.COUPON);
        assertThat(notes(s, UiLanguage.EN)).anySatisfy(n -> assertThat(n).contains("Amazon")
                .contains("does not allow coupon").contains("Amazon forbids coupon codes in messages to buyers"));
        assertThat(notes(s, UiLanguage.ZH))
                .anySatisfy(n -> assertThat(n).contains("禁止在给买家的消息中发送优惠券代码"));
    }

    @Test
    void notReceivedWithTrackingSilentPastTheThresholdIsTreatedAsLostAndNeverAsksToWait() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP1", CarrierStatus.IN_TRANSIT, 25, 21));

        assertThat(kinds(s)).doesNotContain(ASK_TO_WAIT, SHARE_PROOF).containsExactly(RESHIP, FULL_REFUND);
        assertThat(notes(s, UiLanguage.EN)).contains("Tracking has been silent for 21 days (lost from 20 days on):"
                + " the parcel is treated as lost");
    }

    @Test
    void trackingSilentForAFewDaysStillAsksToWait() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP1", CarrierStatus.IN_TRANSIT, 12, 4));

        assertThat(kinds(s)).containsExactly(SHARE_PROOF, ASK_TO_WAIT, RESHIP, FULL_REFUND);
    }

    @Test
    void customsHoldSilentForWeeksIsReshippedNotWaitedOn() {
        Suggestion s = suggest(Facts.of(Reason.CUSTOMS_HOLD).tracking("LP1", CarrierStatus.CUSTOMS, 45, 30));

        assertThat(kinds(s)).doesNotContain(ASK_TO_WAIT).contains(RESHIP);
        assertThat(notes(s, UiLanguage.EN)).anySatisfy(n -> assertThat(n).contains("treated as lost"));
    }

    @Test
    void pastThePromisedTimeTheSilentParcelSkipsTheCarrierInquiryForInTransit() {
        Suggestion s = suggest(Facts.of(Reason.NOT_RECEIVED).tracking("LP1", CarrierStatus.IN_TRANSIT, 50, 30));

        assertThat(kinds(s)).doesNotContain(CARRIER_INQUIRY, ASK_TO_WAIT);
    }

    @Test
    void aCounterAboveTheOrderAmountIsNamedAsSuch() {
        assertThat(remedies.counter(Facts.of(Reason.WRONG_SIZE).build(), Money.of("120.00", "USD")))
                .isEqualTo(new CounterVerdict.AboveOrder(Money.of("100.00", "USD")));
    }

    @Test
    void aCounterAboveTheCapButWithinTheOrderSaysTheCap() {
        assertThat(remedies.counter(Facts.of(Reason.WRONG_SIZE).build(), Money.of("60.00", "USD")))
                .isEqualTo(new CounterVerdict.AboveCap(Money.of("50.00", "USD")));
        assertThat(remedies.counter(Facts.of(Reason.WRONG_SIZE).build(), Money.of("50.00", "USD")))
                .isEqualTo(new CounterVerdict.Within(Money.of("50.00", "USD")));
    }

    @Test
    void aCounterOnACounterfeitClaimIsNotHaggledOver() {
        CounterVerdict v = remedies.counter(Facts.of(Reason.COUNTERFEIT_CLAIM).build(), Money.of("5.00", "USD"));

        assertThat(v).isInstanceOf(CounterVerdict.Never.class);
        assertThat(((CounterVerdict.Never) v).why().english()).contains("no haggling");
    }

    @Test
    void aCounterOnMercadoLibreMeetsItsPolicyWithTheReason() {
        CounterVerdict v = remedies.counter(Facts.of(Reason.WRONG_SIZE).on("mercadolibre").order("2000008123456789")
                .build(), Money.of("5.00", "USD"));

        assertThat(v).isInstanceOf(CounterVerdict.Policy.class);
        CounterVerdict.Policy p = (CounterVerdict.Policy) v;
        assertThat(p.marketplace()).isEqualTo("Mercado Libre");
        assertThat(p.why()).get().satisfies(w -> assertThat(w.english()).contains("no partial money"));
    }
}
