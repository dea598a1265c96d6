package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake checks its facts like a careful agent: an order amount above the usual ceiling and costs above the
 * order amount are questioned (typed again to confirm), and an order the team already has a case for is refused
 * with a link to it, or reopens that case when it is closed.
 */
class IntakeFactsCheckTest {
    private static final String ORDER = IntakeDialogTest.ORDER;

    @TempDir
    Path dir;
    IntakeDesk desk;

    @BeforeEach
    void open() {
        desk = openDesk(dir);
    }

    /** The desk under test: a SQLite file here. */
    IntakeDesk openDesk(Path folder) {
        return IntakeDesk.open(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anOrderAmountAboveTheCeilingIsQuestionedAndTakenWhenTypedAgain() {
        ChatScript chat = toAmount(desk.chat(), ORDER);
        chat.send("25000000 JPY").expect("25000000 JPY is above the usual ceiling of 15000000 JPY for JPY: type the"
                + " amount again to confirm, or correct it.").expectNoMore();
        assertThat(answers()).doesNotContain("\"amount\"");

        chat.send("25000000 jpy").expect("What does the buyer ask for?");
        finish(chat).expect("Case #1 opened");
        assertThat(onlyCase().facts().orderAmount()).isEqualTo(Money.of("25000000", "JPY"));
    }

    @Test
    void aQuestionedAmountCanBeCorrectedInstead() {
        ChatScript chat = toAmount(desk.chat(), ORDER);
        chat.send("2500000 USD").expect("above the usual ceiling of 100000.00 USD for USD");
        chat.send("25000 USD").expect("What does the buyer ask for?");
        finish(chat).expect("Case #1 opened");
        assertThat(onlyCase().facts().orderAmount()).isEqualTo(Money.of("25000", "USD"));
    }

    @Test
    void costsAboveTheOrderAmountAreQuestionedAndKeptWhenConfirmed() {
        ChatScript chat = toAmount(desk.chat(), ORDER);
        chat.send("2 USD").press("Full refund").expect("What did the item cost you");
        chat.send("4").expect("4.00 USD is more than the order amount, 2.00 USD: type it again to confirm, or"
                + " correct it.").expectNoMore();
        assertThat(answers()).doesNotContain("\"itemCost\"");
        chat.send("4.00").expect("What did shipping cost you");
        chat.send("3").expect("3.00 USD is more than the order amount, 2.00 USD");
        chat.send("1.5").expect("Which evidence");
        chat.send("none").send("skip").expect("Please check the case").send("confirm").expect("Confirmed.").expect("Case #1 opened");

        assertThat(onlyCase().facts().itemCost()).contains(Money.of("4", "USD"));
        assertThat(onlyCase().facts().shippingCost()).contains(Money.of("1.5", "USD"));
    }

    @Test
    void loweringTheOrderAmountBelowAConfirmedCostAsksForTheCostAgain() {
        ChatScript chat = toAmount(desk.chat(), ORDER);
        chat.send("10 USD").press("Full refund").send("4").send("skip").send("none").send("skip")
                .expect("Please check the case");
        chat.send("edit 6").expect("What did the buyer pay?").send("3 USD").expect("What did the item cost you");
        chat.send("4").expect("4.00 USD is more than the order amount, 3.00 USD").send("4")
                .expect("Please check the case");
        chat.send("edit 1").press("AliExpress").expect("Please check the case");
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened");
        assertThat(onlyCase().facts().itemCost()).contains(Money.of("4", "USD"));
    }

    @Test
    void aSecondCaseForAnOpenOrderIsRefusedWithALinkToIt() {
        finish(toAmount(desk.chat(), ORDER).send("40 USD")).expect("Case #1 opened");

        ChatScript bob = desk.chat(IntakeDesk.CONSOLE, IntakeDesk.BOB);
        bob.send("/new").press("AliExpress").send(ORDER)
                .expect("Case #1 is already open for this order: /case 1. Work on it there, or send another order"
                        + " number (or type cancel).").expectNoMore();
        assertThat(desk.draft(IntakeDesk.CONSOLE, IntakeDesk.BOB).orElseThrow().state()).doesNotContain(ORDER);
        bob.send(ORDER).expect("Case #1 is already open for this order");
        bob.send("8123456789012399").expect("buyer's name");
        assertThat(desk.cases()).hasSize(1);
    }

    @Test
    void anOrderWhoseCaseIsClosedReopensThatCaseOnceConfirmed() {
        finish(toAmount(desk.chat(), ORDER).send("40 USD")).expect("Case #1 opened");
        desk.chat().send("/close 1 kept").expect("Case #1 closed");

        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER)
                .expect("Case #1 for this order is closed (buyer kept the item). Send " + ORDER + " again to reopen"
                        + " case #1 with this intake, or send another order number.").expectNoMore();
        chat.send(ORDER).expect("buyer's name").send("Ana María").send("es").press("Counterfeit claim")
                .send("55 USD").press("Full refund").send("skip").send("skip").send("none").send("skip")
                .expect("Please check the case").send("confirm").expect("Confirmed.")
                .expect("Case #1 reopened: AliExpress order " + ORDER);

        assertThat(desk.cases()).hasSize(1);
        DisputeCase reopened = onlyCase();
        assertThat(reopened.state()).isEqualTo(CaseState.OPEN);
        assertThat(reopened.outcome()).isEmpty();
        assertThat(reopened.facts().buyer()).isEqualTo("Ana María");
        assertThat(reopened.facts().orderAmount()).isEqualTo(Money.of("55", "USD"));
        assertThat(desk.caseStore().timeline(reopened.id())).extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.CLOSED, TimelineEntry.Kind.REOPENED);
        chat.send("/case 1").expectAny("reopened");
    }

    @Test
    void whoConfirmsSecondForTheSameOrderIsToldOfTheFirstCaseAndNothingIsSaved() {
        ChatScript alice = toSummary(desk.chat(), ORDER);
        ChatScript bob = toSummary(desk.chat(IntakeDesk.CONSOLE, IntakeDesk.BOB), ORDER);

        alice.send("confirm").expect("Confirmed.").expect("Case #1 opened");
        bob.send("confirm").expect("Confirmed.").expect("Case #1 is already open for this order: /case 1. Nothing was saved.")
                .expectNoMore();

        assertThat(desk.cases()).hasSize(1);
        assertThat(onlyCase().facts().buyer()).isEqualTo("Lee");
    }

    // ------------------------------------------------------------------ helpers

    private static ChatScript toAmount(ChatScript chat, String order) {
        return chat.send("/new").press("AliExpress").send(order).send("Lee").send("en").press("Counterfeit claim")
                .expect("What did the buyer pay?");
    }

    private static ChatScript toSummary(ChatScript chat, String order) {
        return finishWithoutConfirm(toAmount(chat, order).send("40 USD"));
    }

    private static ChatScript finishWithoutConfirm(ChatScript chat) {
        return chat.press("Full refund").send("skip").send("skip").send("none").send("skip")
                .expect("Please check the case");
    }

    private static ChatScript finish(ChatScript chat) {
        return finishWithoutConfirm(chat).send("confirm").expect("Confirmed.");
    }

    private String answers() {
        Optional<StoredDialog> draft = desk.draft(IntakeDesk.CONSOLE, IntakeDesk.ALICE);
        String state = draft.orElseThrow().state();
        return state.substring(state.indexOf("\"answers\""), state.indexOf("}", state.indexOf("\"answers\"")));
    }

    private DisputeCase onlyCase() {
        assertThat(desk.cases()).hasSize(1);
        return desk.cases().get(0);
    }
}
