package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /offer, /reply and /close: state changes, timeline lines, follow-up suggestions and refusals. */
class OfferReplyCloseCommandsTest extends DeskTest {
    DisputeCase c;
    Suggestion suggestion;
    final Texts texts = new Texts();

    @BeforeEach
    void open() {
        c = CaseFixture.on(desk).create();
        suggestion = CaseFixture.suggestion(c);
    }

    private String label(Offer o) {
        return Glossary.label(UiLanguage.EN, o.kind());
    }

    private List<TimelineEntry.Kind> kinds() {
        return CaseFixture.timeline(desk, c).stream().map(TimelineEntry::kind).toList();
    }

    @Test
    void anOfferSentMakesTheCaseWaitForTheBuyerAndLandsOnTheTimeline() {
        Offer first = suggestion.offers().get(0);
        desk.chat().send("/offer 1 1").expect("Case #1: recorded as sent: 1. " + label(first))
                .expectAny("/reply 1 accepted|rejected|counter");

        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.AWAITING_BUYER);
        TimelineEntry last = CaseFixture.timeline(desk, c).get(CaseFixture.timeline(desk, c).size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.OFFER_SENT);
        assertThat(last.text()).startsWith("offer 1: " + first.kind().code());
        assertThat(last.actor()).isEqualTo("console:alice Alice");
        assertThat(last.at()).isEqualTo(desk.clock().instant());
    }

    @Test
    void anOfferCanBeNamedByOrderIdOrHashNumber() {
        desk.chat().send("/offer 8100000000000001 1").expect("Case #1: recorded as sent");
        desk.chat().send("/offer #1 2").expect("Case #1: recorded as sent: 2. " + label(suggestion.offers().get(1)));
    }

    @Test
    void badOfferArgumentsGetAOneLineHintAndChangeNothing() {
        int rungs = suggestion.offers().size();
        desk.chat().send("/offer").expect("Usage: /offer <case> <offer number>, e.g. /offer 12 1");
        desk.chat().send("/offer 1").expect("Usage: /offer");
        desk.chat().send("/offer 1 one")
                .expect("There is no offer one for case #1: its ladder has offers 1 to " + rungs);
        desk.chat().send("/offer 1 " + (rungs + 1)).expect("There is no offer " + (rungs + 1) + " for case #1");
        desk.chat().send("/offer 1 0").expect("There is no offer 0");
        desk.chat().send("/offer 77 1").expect("No case 77 in this team. Usage: /offer");
        desk.chat().send("/offer x#1 1").expect("No case x#1");

        for (String typed : List.of("/offer 1 " + (rungs + 1), "/offer 77 1", "/offer 1")) {
            assertThat(desk.chat().send(typed).replies()).singleElement()
                    .satisfies(r -> assertThat(r.text()).doesNotContain("\n"));
        }
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.OPEN);
        assertThat(kinds()).containsExactly(TimelineEntry.Kind.CREATED);
    }

    @Test
    void aReplyNeedsAPendingOffer() {
        desk.chat().send("/reply 1 accepted").expect("No offer is waiting for the buyer on case #1")
                .expectAny("/offer 1 <offer number>");
        assertThat(kinds()).containsExactly(TimelineEntry.Kind.CREATED);
    }

    @Test
    void anAcceptedOfferSuggestsTheMatchingCloseCommand() {
        Optional<Offer> partial = suggestion.offers().stream().filter(o -> o.kind() == OfferKind.PARTIAL_REFUND)
                .findFirst();
        Offer offer = partial.orElse(suggestion.offers().get(0));
        desk.chat().send("/offer 1 " + offer.rank());
        desk.chat().send("/reply 1 accepted").expect("Case #1: the buyer accepted offer " + offer.rank())
                .expectAny("close the case: " + ReplyCommand.closeCommand(c,
                        new com.disputedesk.core.cases.SentOffer(offer.rank(), offer.kind(), offer.amount())));

        DisputeCase now = CaseFixture.reload(desk, c);
        assertThat(now.state()).isEqualTo(CaseState.OPEN);
        TimelineEntry last = CaseFixture.timeline(desk, c).get(CaseFixture.timeline(desk, c).size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.BUYER_REPLIED);
        assertThat(last.text()).isEqualTo("buyer accepted offer " + offer.rank());
    }

    @Test
    void theCloseCommandForEachKindOfOfferMatchesItsOutcome() {
        Money order = c.facts().orderAmount();
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(2, OfferKind.PARTIAL_REFUND,
                Optional.of(Money.of("12.00", "USD"))))).isEqualTo("/close 1 partial-refund 12.00");
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(4, OfferKind.FULL_REFUND,
                Optional.empty()))).isEqualTo("/close 1 full-refund " + order.amount().toPlainString());
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(3,
                OfferKind.RETURN_AND_REFUND, Optional.of(order)))).isEqualTo("/close 1 returned 40.00");
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(1, OfferKind.RESHIP,
                Optional.empty()))).isEqualTo("/close 1 reshipped");
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(1, OfferKind.COUPON,
                Optional.of(Money.of("3.00", "USD"))))).isEqualTo("/close 1 kept");
        assertThat(ReplyCommand.closeCommand(c, new com.disputedesk.core.cases.SentOffer(1, OfferKind.SHARE_PROOF,
                Optional.empty()))).isEqualTo("/close 1 withdrawn");
    }

    @Test
    void aRejectedOfferSuggestsTheNextRungWithItsOfferCommand() {
        Offer second = suggestion.offers().get(1);
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply 1 rejected").expect("Case #1: the buyer rejected offer 1")
                .expectAny("Next on the ladder: 2. " + label(second))
                .expectAny("/offer 1 2")
                .expectAny("Draft to the buyer (" + c.facts().buyerLanguage() + "):\n"
                        + TestDesk.remedies().draft(c.facts(), 2).text());
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void rejectingTheLastRungSaysTheLadderIsExhausted() {
        int last = suggestion.offers().get(suggestion.offers().size() - 1).rank();
        desk.chat().send("/offer 1 " + last);
        desk.chat().send("/reply 1 rejected").expect("That was the last offer on the ladder")
                .expectAny("/close 1 full-refund 40.00");
    }

    @Test
    void aCounterWithinWhatTheSellerCanBearSaysSoAndHowToClose() {
        Money cap = bearable();
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply 1 counter she wants " + cap.amount().toPlainString() + " USD back")
                .expect("the buyer countered offer 1")
                .expectAny("The buyer asks for " + cap + ": within what you can bear (up to " + cap + ")")
                .expectAny("/close 1 partial-refund " + cap.amount().toPlainString());

        TimelineEntry last = CaseFixture.timeline(desk, c).get(CaseFixture.timeline(desk, c).size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.BUYER_REPLIED);
        assertThat(last.text()).isEqualTo("buyer counter offer 1: she wants " + cap.amount().toPlainString()
                + " USD back");
    }

    @Test
    void aCounterAboveWhatTheSellerCanBearSuggestsTheNextRung() {
        Money cap = bearable();
        Money asked = cap.plus(Money.of("0.01", "USD"));
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply 1 counter " + asked.amount().toPlainString())
                .expect("The buyer asks for " + asked + ": more than you can bear (up to " + cap + ")")
                .expectAny("Next on the ladder: 2. " + label(suggestion.offers().get(1)));
    }

    @Test
    void aCounterAmountWhereTheMarketplaceForbidsPartialRefundsIsNotOfferedAsOne() {
        com.disputedesk.core.remedy.Marketplace strict = TestDesk.remedies().marketplaces().stream()
                .filter(m -> !m.partialRefundsAllowed()).findFirst()
                .orElseThrow(() -> new AssertionError("the playbook has a marketplace without partial refunds"));
        DisputeCase other = CaseFixture.on(desk).marketplace(strict.id()).order("2000000002").create();
        String ref = Integer.toString(other.number().value());
        desk.chat().send("/offer " + ref + " 1");
        desk.chat().send("/reply " + ref + " counter 5 USD")
                .expect("The buyer asks for 5.00 USD, but " + strict.name() + " allows no partial refunds here")
                .expectNone("partial-refund");
    }

    @Test
    void aCounterWithNoComparableAmountSuggestsTheNextRung() {
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply 1 counter wants a new one in red")
                .expect("The counter names no amount I can compare.")
                .expectAny("Next on the ladder: 2.");
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply 1 counter 5 EUR").expect("no amount I can compare");
    }

    @Test
    void badReplyArgumentsGetAHintAndChangeNothing() {
        desk.chat().send("/offer 1 1");
        desk.chat().send("/reply").expect("Usage: /reply <case> accepted|rejected|counter|changed [text]");
        desk.chat().send("/reply 1").expect("Usage: /reply");
        desk.chat().send("/reply 1 maybe").expect("Usage: /reply");
        desk.chat().send("/reply 9 accepted").expect("No case 9 in this team. Usage: /reply");
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.AWAITING_BUYER);
        assertThat(kinds()).containsExactly(TimelineEntry.Kind.CREATED, TimelineEntry.Kind.OFFER_SENT);
    }

    @Test
    void closingStoresTheOutcomeAndTheRefundedAmount() {
        desk.chat().send("/close 1 partial-refund 15.00").expect("Case #1 closed: partial refund, refunded 15.00 USD.");

        DisputeCase closed = CaseFixture.reload(desk, c);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.outcome()).contains(Outcome.PARTIAL_REFUND);
        assertThat(closed.refunded()).contains(Money.of("15.00", "USD"));
        TimelineEntry last = CaseFixture.timeline(desk, c).get(CaseFixture.timeline(desk, c).size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.CLOSED);
        assertThat(last.text()).isEqualTo("partial-refund, refunded 15.00 USD");
    }

    @Test
    void aFullRefundWithoutAmountRefundsTheOrderAmount() {
        desk.chat().send("/close 1 full-refund").expect("refunded 40.00 USD");
        assertThat(CaseFixture.reload(desk, c).refunded()).contains(Money.of("40.00", "USD"));
    }

    @Test
    void anOutcomeWithoutMoneyClosesWithoutAmount() {
        desk.chat().send("/close 1 escalated-won").expect("Case #1 closed: escalated, won.");
        assertThat(CaseFixture.reload(desk, c).refunded()).isEmpty();
    }

    @Test
    void aClosedCaseCannotBeClosedAgainNorGetOffersOrReplies() {
        desk.chat().send("/close 1 kept");
        desk.chat().send("/close 1 full-refund")
                .expect("Case #1 is already closed (buyer kept the item); nothing changed.");
        desk.chat().send("/offer 1 1").expect("Case #1 is already closed");
        desk.chat().send("/reply 1 accepted").expect("Case #1 is already closed");

        DisputeCase closed = CaseFixture.reload(desk, c);
        assertThat(closed.outcome()).contains(Outcome.KEPT);
        assertThat(kinds()).containsExactly(TimelineEntry.Kind.CREATED, TimelineEntry.Kind.CLOSED);
    }

    @Test
    void badCloseArgumentsAreRefusedWithAClearLineAndChangeNothing() {
        desk.chat().send("/close").expect("Usage: /close <case> <outcome> [refunded amount]");
        desk.chat().send("/close 1").expect("Usage: /close");
        desk.chat().send("/close 1 happy").expect("Unknown outcome \"happy\". Outcomes: kept, partial-refund");
        desk.chat().send("/close 1 partial-refund")
                .expect("A partial refund needs its amount: /close 1 partial-refund");
        desk.chat().send("/close 1 partial-refund lots").expect("\"lots\" is not an amount in USD");
        desk.chat().send("/close 1 partial-refund 40.01").expect("more than the order amount (40.00 USD)");
        desk.chat().send("/close 1 partial-refund 10 EUR").expect("Case #1 is in USD: give the amount in USD");
        desk.chat().send("/close 5 kept").expect("No case 5 in this team. Usage: /close");

        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.OPEN);
        assertThat(kinds()).containsExactly(TimelineEntry.Kind.CREATED);
    }

    @Test
    void theAmountMayCarryTheCaseCurrency() {
        desk.chat().send("/close 1 partial-refund 12,5 usd").expect("refunded 12.50 USD");
    }

    /** What the seller can bear as money back on this case, as the playbook's economics put it. */
    private Money bearable() {
        Money cap = TestDesk.remedies().sellerCap(c.facts()).orElseThrow();
        // the ladder's partial refunds are within it, so a counter at the cap is never below an offer made
        suggestion.offers().stream().filter(o -> o.kind() == OfferKind.PARTIAL_REFUND)
                .flatMap(o -> o.amount().stream()).forEach(a -> assertThat(a).isLessThanOrEqualTo(cap));
        return cap;
    }
}
