package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.dialog.DialogKey;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts stored before answers were typed resume with the engine of today: each JSON below is exactly what the
 * earlier engine wrote (a step id or "@summary", an editing flag, "" for a skipped answer, "none" for an empty
 * selection).
 */
class StoredDraftFormatTest {
    private static final String ORDER = "8123456789012345";
    private static final String ANSWERS_TO_DAYS = "\"market\":\"aliexpress\",\"order\":\"" + ORDER + "\","
            + "\"buyer\":\"Ana\",\"lang\":\"es\",\"reason\":\"not-received\",\"amount\":\"25.90 USD\","
            + "\"request\":\"full-refund\",\"itemCost\":\"\",\"shipCost\":\"3.00 USD\",\"tracking\":\"\","
            + "\"carrier\":\"in-transit\",\"days\":\"12\"";
    private static final String TIMES = "\"startedAt\":\"2026-03-02T07:30:00Z\",\"updatedAt\":\"2026-03-02T07:45:00Z\"";

    @TempDir
    Path dir;
    private IntakeDesk desk;

    @BeforeEach
    void open() {
        desk = IntakeDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aDraftAtAMultiSelectStepWithASelectionResumesThere() {
        store("{\"dialog\":\"intake\",\"step\":\"evidence\",\"answers\":{" + ANSWERS_TO_DAYS + "},"
                + "\"editing\":false,\"selected\":[\"tracking\",\"order-chat\"]," + TIMES + "}");

        ChatScript chat = desk.chat();
        chat.send("/new").expect("I was restarted.")
                .expectNoMore();
        assertThat(chat.lastReply().text()).contains("Which evidence",
                "Selected: Chat history with the buyer, Complete tracking history");
        // a question added since the draft was stored is asked once: days since the last tracking update
        chat.press("Done").expect("When was the dispute opened?").expectNoMore()
                .send("today").expect("How many days ago did the tracking last change?").expectNoMore()
                .send("skip").expect("Current answer: Chat history with the buyer, Complete tracking history")
                .expectNoMore()
                .send("1,2").expect("When was the dispute opened?").expectNoMore()
                .send("today").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("8. Item cost: playbook default",
                "9. Shipping cost: 3.00 USD", "10. Tracking number: none", "12. Days since shipment: 12",
                "13. Days since the last tracking update: not known",
                "14. Evidence at hand: Chat history with the buyer, Complete tracking history");
        assertThat(draftJson()).contains("\"version\":2");
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened").expect("Suggested next steps:").expectNoMore();

        CaseFacts facts = onlyCase();
        assertThat(facts.orderAmount()).isEqualTo(Money.of("25.90", "USD"));
        assertThat(facts.itemCost()).isEmpty();
        assertThat(facts.shippingCost()).contains(Money.of("3.00", "USD"));
        assertThat(facts.shipping().orElseThrow().trackingNumber()).isEmpty();
        assertThat(facts.evidence()).containsExactlyInAnyOrder(EvidenceKind.TRACKING, EvidenceKind.ORDER_CHAT);
    }

    @Test
    void aDraftAtTheSummaryWithNothingSelectedResumesAtTheSummary() {
        store("{\"dialog\":\"intake\",\"step\":\"@summary\",\"answers\":{" + ANSWERS_TO_DAYS + ","
                + "\"evidence\":\"none\",\"opened\":\"2026-03-01\"},\"editing\":false,\"selected\":[]," + TIMES + "}");

        ChatScript chat = desk.chat();
        chat.send("/new").expect("I was restarted.").expectNoMore();
        assertThat(chat.lastReply().text()).contains("Please check the case", "14. Evidence at hand: none",
                "15. Dispute opened: 2026-03-01");
        // a question added since the draft was stored is asked before the case is saved
        chat.send("confirm").expect("How many days ago did the tracking last change?").expectNoMore();
        // the questions after it are walked again; the opening day, stored as a bare date, is asked as a moment
        chat.send("skip").expect("When was the dispute opened?").expectNoMore();
        chat.send("2026-03-01").expect("Please check the case").expectNoMore();
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened").expect("Suggested next steps:").expectNoMore();

        assertThat(onlyCase().evidence()).isEmpty();
        assertThat(onlyCase().openedOn()).isEqualTo(java.time.LocalDate.parse("2026-03-01"));
    }

    @Test
    void aDraftEditingAFieldFromTheSummaryReturnsToTheSummary() {
        store("{\"dialog\":\"intake\",\"step\":\"amount\",\"answers\":{" + ANSWERS_TO_DAYS + ","
                + "\"evidence\":\"tracking\",\"opened\":\"\"},\"editing\":true,\"selected\":[]," + TIMES + "}");

        ChatScript chat = desk.chat();
        chat.send("/new").expect("I was restarted.").expectNoMore();
        assertThat(chat.lastReply().text()).contains("What did the buyer pay?", "Current answer: 25.90 USD");
        chat.send("30 USD").expect("How many days ago did the tracking last change?").expectNoMore()
                .send("skip").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("6. Order amount: 30.00 USD",
                "14. Evidence at hand: Complete tracking history", "15. Dispute opened: now");
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened").expect("Suggested next steps:").expectNoMore();

        assertThat(onlyCase().orderAmount()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(onlyCase().openedOn()).isEqualTo(java.time.LocalDate.parse("2026-03-02"));
    }

    @Test
    void aButtonSentByTheEarlierEngineAsksTheCurrentQuestionAgain() {
        store("{\"dialog\":\"intake\",\"step\":\"request\",\"answers\":{\"market\":\"aliexpress\",\"order\":\""
                + ORDER + "\",\"buyer\":\"Ana\",\"lang\":\"es\",\"reason\":\"not-received\","
                + "\"amount\":\"25.90 USD\"},\"editing\":false,\"selected\":[]," + TIMES + "}");
        String oldFullRefund = "dlg:" + String.format("%04x", TestDesk.ALICE.key().hashCode() & 0xffff) + ":c:6:0";

        ChatScript chat = desk.chat();
        chat.deliver(new Inbound.ChoicePicked(TestDesk.CONSOLE, TestDesk.ALICE, oldFullRefund, Optional.empty()))
                .expect("That button belongs to another question.").expectNoMore();
        assertThat(chat.lastReply().text()).contains("What does the buyer ask for?");
        chat.press("Full refund").expect("What did the item cost you, in USD?").expectNoMore();
    }

    private void store(String json) {
        desk.dialogStore().save(new StoredDialog(new DialogKey(TestDesk.CONSOLE, TestDesk.ALICE).key(), "intake",
                json, TestDesk.START.minusSeconds(15 * 60)));
    }

    private String draftJson() {
        return desk.draft(TestDesk.CONSOLE, TestDesk.ALICE).orElseThrow().state();
    }

    private CaseFacts onlyCase() {
        assertThat(desk.cases()).hasSize(1);
        return desk.cases().get(0).facts();
    }
}
