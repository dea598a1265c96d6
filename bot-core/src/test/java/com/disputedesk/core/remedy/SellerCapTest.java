package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A partial refund or coupon never exceeds what the seller can bear: the margin P - C - S plus the tolerated
 * loss (5 % of P in the shipped playbook), never below 0 and never above P.
 */
class SellerCapTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private final Remedies remedies = TestDesk.remedies();

    private Suggestion suggest(Facts facts) {
        return remedies.suggest(facts.build(), ZONE);
    }

    private static Offer offer(Suggestion s, String rule) {
        return s.offers().stream().filter(o -> o.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aPartialRefundAboveTheCapIsCutDownToItAndSaysSo() {
        // margin 100 - 80 - 15 = 5, plus 5 % of 100 tolerated: the seller bears 10.00 at most
        Suggestion s = suggest(Facts.of(Reason.QUALITY_DEFECT).costs("80.00", "15.00"));

        Offer partial = offer(s, "quality-defect.partial-refund");
        assertThat(partial.amount()).contains(Money.of("10.00", "USD"));
        assertThat(partial.why().english()).contains("capped at 10.00 USD").contains("30% of the order would be 30.00 USD");
        assertThat(s.notes().get(0).text().english()).contains("can bear up to 10.00 USD");
    }

    @Test
    void anAmountWithinTheCapIsLeftAsTheRuleSetsIt() {
        Suggestion s = suggest(Facts.of(Reason.WRONG_SIZE).costs("80.00", "15.00"));

        assertThat(offer(s, "wrong-size.coupon").amount()).contains(Money.of("10.00", "USD"));
        assertThat(offer(s, "wrong-size.coupon").why().english()).doesNotContain("capped");
        assertThat(offer(s, "wrong-size.partial-refund").amount()).contains(Money.of("10.00", "USD"));
    }

    @Test
    void whenTheOrderAlreadyLosesMoneyPartialRefundsAndCouponsAreLeftOutWithANote() {
        Suggestion s = suggest(Facts.of(Reason.WRONG_COLOUR).costs("95.00", "15.00"));

        assertThat(s.offers()).extracting(Offer::kind).as("an exchange costing 110.00 comes after the full refund")
                .containsExactly(OfferKind.RETURN_AND_REFUND, OfferKind.FULL_REFUND, OfferKind.EXCHANGE);
        assertThat(s.offers().get(2).why().english()).contains("costs the seller 110.00 USD, more than a full refund");
        assertThat(s.notes()).extracting(Suggestion.Note::rule)
                .contains("wrong-colour.partial-refund", "wrong-colour.coupon");
        assertThat(s.notes().get(0).text().english()).contains("can bear up to 0.00 USD");
    }

    @Test
    void aBuyerRequestAboveTheCapIsNotAcceptedButCounteredWithTheCappedOffers() {
        Suggestion s = suggest(Facts.of(Reason.NOT_AS_DESCRIBED).asksPartial("60.00", "USD"));

        assertThat(s.offers().get(0).rule()).isEqualTo("not-as-described.partial-refund");
        assertThat(s.offers().get(0).amount()).contains(Money.of("20.00", "USD"));
        assertThat(s.notes()).anySatisfy(n -> {
            assertThat(n.rule()).isEqualTo("not-as-described.accept-request");
            assertThat(n.text().english()).contains("60.00 USD").contains("at most 50.00 USD");
        });
    }

    @Test
    void aBuyerRequestExactlyAtTheCapIsAccepted() {
        Suggestion s = suggest(Facts.of(Reason.NOT_AS_DESCRIBED).asksPartial("50.00", "USD"));

        assertThat(s.offers().get(0).rule()).isEqualTo("not-as-described.accept-request");
        assertThat(s.offers().get(0).amount()).contains(Money.of("50.00", "USD"));
    }

    @Test
    void theCapIsNeverAboveTheOrderAmountNorBelowZero() {
        SellerEconomics economics = new SellerEconomics(new BigDecimal("0.45"), new BigDecimal("0.10"),
                new BigDecimal("0.05"));
        Money p = Money.of("40.00", "EUR");

        assertThat(economics.of(p, Optional.of(Money.zero(p.currency())), Optional.of(Money.zero(p.currency())))
                .cap()).isEqualTo(p);
        assertThat(economics.of(p, Optional.of(Money.of("60.00", "EUR")), Optional.empty()).cap())
                .isEqualTo(Money.zero(p.currency()));
        assertThat(economics.of(p, Optional.empty(), Optional.empty()).cap()).isEqualTo(Money.of("20.00", "EUR"));
    }

    @Test
    void costsInAnotherCurrencyThanTheOrderFallBackToTheDefaultShares() {
        SellerEconomics economics = new SellerEconomics(new BigDecimal("0.45"), new BigDecimal("0.10"),
                new BigDecimal("0.05"));

        var order = economics.of(Money.of("100", "EUR"), Optional.of(Money.of("10", "CNY")), Optional.empty());

        assertThat(order.itemCost()).isEqualTo(Money.of("45.00", "EUR"));
        assertThat(order.itemCostDefault()).isTrue();
    }

    @Test
    void amountsAreRoundedToTheCurrencyMinorUnit() {
        Suggestion s = suggest(Facts.of(Reason.WRONG_SIZE).paid("1999", "JPY"));

        // 15 % of 1999 JPY = 299.85: yen have no minor unit
        assertThat(offer(s, "wrong-size.partial-refund").amount()).contains(Money.of("300", "JPY"));
        assertThat(offer(s, "wrong-size.partial-refund").amount().orElseThrow().amount().scale()).isZero();
        Suggestion cents = suggest(Facts.of(Reason.WRONG_SIZE).paid("33.33", "EUR"));
        assertThat(offer(cents, "wrong-size.partial-refund").amount()).contains(Money.of("5.00", "EUR"));
        assertThat(offer(cents, "wrong-size.coupon").amount()).contains(Money.of("3.33", "EUR"));
    }
}
