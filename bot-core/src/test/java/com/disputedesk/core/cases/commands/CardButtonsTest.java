package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case card's buttons: each press does what its typed command does, lists and questions included. */
class CardButtonsTest extends DeskTest {
    DisputeCase c;
    Suggestion suggestion;
    ChatScript alice;

    @BeforeEach
    void open() {
        c = CaseFixture.on(desk).create();
        suggestion = CaseFixture.suggestion(c);
        alice = desk.chat();
    }

    private String rung(Offer o) {
        return o.rank() + ". " + Glossary.label(UiLanguage.EN, o.kind()) + o.amount().map(m -> ": " + m).orElse("");
    }

    private TimelineEntry lastEntry() {
        List<TimelineEntry> all = CaseFixture.timeline(desk, c);
        return all.get(all.size() - 1);
    }

    @Test
    void theCardCarriesItsButtonsByState() {
        alice.send("/case 1").expect("Case #1 · Open")
                .expectChoices("Unclaim", "Send offer", "Add evidence", "Close");
        alice.send("/offer 1 1");
        alice.send("/case 1").expectChoices("Unclaim", "Send offer", "Buyer replied", "Add evidence", "Close");
        alice.send("/close 1 kept");
        assertThat(alice.send("/case 1").lastReply().choices()).isEmpty();
    }

    @Test
    void unclaimAndClaimChangeTheOwnerAsTheCommandsDo() {
        alice.send("/case 1").press("Unclaim").expect("Case #1 has no owner now").expectNoMore();
        assertThat(CaseFixture.reload(desk, c).owner()).isEmpty();

        ChatScript bob = desk.chat(TestDesk.CONSOLE, TestDesk.BOB);
        bob.send("/case 1").expectChoices("Claim", "Send offer", "Add evidence", "Close");
        bob.press("Claim").expect("You now own case #1").expectNoMore();
        assertThat(CaseFixture.reload(desk, c).owner()).map(Member::key).contains(TestDesk.BOB.key());
        assertThat(lastEntry().kind()).isEqualTo(TimelineEntry.Kind.ASSIGNED);
        assertThat(lastEntry().actor()).isEqualTo("console:bob Bob");
    }

    @Test
    void sendOfferListsTheLadderAndRecordsThePickedRung() {
        Reply list = alice.send("/case 1").press("Send offer").expect("Case #1: which offer goes to the buyer?")
                .lastReply();
        assertThat(list.form()).isEqualTo(Reply.ChoiceForm.SELECT);
        alice.expectChoices(suggestion.offers().stream().map(this::rung).toArray(String[]::new));

        Offer second = suggestion.offers().get(1);
        alice.press(rung(second)).expect("Case #1: recorded as sent: " + rung(second)).expectNoMore();
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.AWAITING_BUYER);
        assertThat(lastEntry().text()).startsWith("offer 2: " + second.kind().code());
    }

    @Test
    void buyerRepliedOffersTheAnswersAndARejectionSuggestsTheNextRung() {
        alice.send("/offer 1 1");
        alice.send("/case 1").press("Buyer replied").expect("Case #1: what did the buyer answer to offer 1?")
                .expectChoices("Accepted", "Rejected", "Counter-offer");
        alice.press("Rejected").expect("Case #1: the buyer rejected offer 1")
                .expectAny("Next on the ladder: " + rung(suggestion.offers().get(1)));
        assertThat(lastEntry().text()).isEqualTo("buyer rejected offer 1");
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void aCounterAsksForTheBuyersWordsAndRecordsThemAsReplyCounterWould() {
        alice.send("/offer 1 1");
        alice.send("/case 1").press("Buyer replied").press("Counter-offer")
                .expect("Case #1: type the buyer's counter-offer, e.g. \"wants 20.00 USD back\".").expectNoMore();
        assertThat(alice.lastReply().expectsText()).isTrue();

        alice.send("she wants 5 USD back").expect("Case #1: the buyer countered offer 1");
        assertThat(lastEntry().text()).isEqualTo("buyer counter offer 1: she wants 5 USD back");

        // answered once: the next message is plain text again
        alice.send("thanks").expect("Type /new to open a case");
    }

    @Test
    void aCommandOrAnotherMemberDoesNotAnswerTheQuestion() {
        alice.send("/offer 1 1");
        alice.send("/case 1").press("Buyer replied").press("Counter-offer").expect("type the buyer's counter-offer");

        desk.chat(TestDesk.CONSOLE, TestDesk.BOB).send("20 USD").expect("Type /new to open a case");
        alice.send("/cases").expect("Cases (open): 1");
        alice.send("20 USD").expect("Type /new to open a case");
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.AWAITING_BUYER);
    }

    @Test
    void anUnansweredQuestionExpires() {
        alice.send("/offer 1 1");
        alice.send("/case 1").press("Buyer replied").press("Counter-offer");
        desk.clock().advance(CardQuestions.EXPIRY);
        alice.send("20 USD").expect("Type /new to open a case");
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.AWAITING_BUYER);
    }

    @Test
    void buyerRepliedWithoutAPendingOfferIsRefusedAsTheCommandIs() {
        alice.send("/offer 1 1");
        alice.send("/case 1");
        alice.send("/reply 1 accepted");
        alice.press("Buyer replied").expect("No offer is waiting for the buyer on case #1").expectNoMore();
    }

    @Test
    void closeListsTheOutcomesAndClosesAtOnceWhereNoAmountIsNeeded() {
        Reply list = alice.send("/case 1").press("Close").expect("Case #1: how did it end?").lastReply();
        assertThat(list.form()).isEqualTo(Reply.ChoiceForm.SELECT);
        assertThat(list.choices()).hasSize(Outcome.values().length);

        alice.press(Glossary.label(UiLanguage.EN, Outcome.KEPT)).expect("Case #1 closed: buyer kept the item.")
                .expectNoMore();
        DisputeCase closed = CaseFixture.reload(desk, c);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.outcome()).contains(Outcome.KEPT);
    }

    @Test
    void aPartialRefundAsksItsAmountAndABadOneChangesNothing() {
        alice.send("/case 1").press("Close").press("partial refund")
                .expect("Case #1, partial refund: type the amount refunded in USD, e.g. 15.00.").expectNoMore();

        alice.send("fifteen").expect("\"fifteen\" is not an amount in USD");
        assertThat(CaseFixture.reload(desk, c).state()).isEqualTo(CaseState.OPEN);

        alice.send("/case 1").press("Close").press("partial refund");
        alice.send("15.00").expect("Case #1 closed: partial refund, refunded 15.00 USD.");
        assertThat(CaseFixture.reload(desk, c).refund()).contains(Money.of("15.00", "USD"));
    }

    @Test
    void addEvidenceSaysHowToSendAFile() {
        alice.send("/case 1").press("Add evidence")
                .expect("To add evidence to case #1, send the photo, screenshot or PDF here with the caption "
                        + "/evidence 1.").expectNoMore();
        assertThat(CaseFixture.timeline(desk, c)).hasSize(1);
    }

    @Test
    void aButtonOfAClosedCaseIsRefusedAsTheCommandsRefuse() {
        alice.send("/case 1");
        alice.send("/close 1 withdrawn");
        alice.press("Send offer").expect("Case #1 is already closed").expectNoMore();
        alice.press("Unclaim").expect("Case #1 is closed").expectNoMore();
        alice.press("Close").expect("Case #1 is already closed").expectNoMore();
    }

    @Test
    void aForgedButtonForAnotherCaseOrNoneIsToldAndChangesNothing() {
        alice.send("/case 1");
        alice.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(TestDesk.CONSOLE, TestDesk.ALICE,
                "card:o:77:1", java.util.Optional.empty())).expect("No case 77 in this team");
        alice.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(TestDesk.CONSOLE, TestDesk.ALICE,
                "card:zz:1", java.util.Optional.empty())).expect("That button belongs to an older card");
        assertThat(CaseFixture.timeline(desk, c)).hasSize(1);
    }

    @Test
    void aChineseTeamSeesItsButtonsAndQuestionsInChinese() {
        alice.send("/settings language zh");
        alice.send("/case 1").expectChoices("取消认领", "发送方案", "添加证据", "结案");
        alice.press("结案").expect("案件 #1：结果如何？");
        alice.press(Glossary.label(UiLanguage.ZH, Outcome.PARTIAL_REFUND))
                .expect("案件 #1，" + Glossary.label(UiLanguage.ZH, Outcome.PARTIAL_REFUND) + "：请输入退款金额（USD）");
        alice.send("12.00").expect("案件 #1 已结案");
    }

    @Test
    void theTimeOfAPressIsTheDesksClock() {
        desk.clock().advance(Duration.ofHours(3));
        alice.send("/case 1").press("Unclaim");
        assertThat(lastEntry().at()).isEqualTo(desk.clock().instant());
    }
}
