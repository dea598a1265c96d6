package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and out-of-bounds answers to the intake: cleaned, or refused with a reason, never stored raw. */
class IntakeInputTest {
    private static final String ORDER = IntakeDialogTest.ORDER;
    private static final String BLANK = "That answer is empty once invisible and control characters are removed.";

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
    void invisibleControlAndEscapeCharactersAreRemovedFromTheBuyerName() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).expect("buyer's name");
        rejected(chat, "\u200b\u200b\u200b", BLANK);
        rejected(chat, "\u001b[2J", BLANK);
        rejected(chat, "\u202e\u2066\u0000", BLANK);
        chat.send("\u001b[31mMa\u0000ria\u200b \u202eG.\u001b[0m").expect("Which language");
        finishCounterfeit(chat, "en");
        assertThat(onlyFacts().buyer()).isEqualTo("Maria G.");
    }

    @Test
    void anAnswerLongerThanItsFieldIsRefusedWithItsLength() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress");
        rejected(chat, "8".repeat(65), "That answer is 65 characters long; this question takes at most 64.");
        chat.send(ORDER);
        rejected(chat, "x".repeat(10_000), "this question takes at most 100.");
        assertThat(chat.lastReply().asText().length()).isLessThan(4096);
    }

    @Test
    void amountsOutsideTheBoundsAreRefusedWithTheReason() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("en").press("Counterfeit claim")
                .expect("What did the buyer pay?");
        rejected(chat, "10 XXX", "That code is not a currency in circulation");
        rejected(chat, "10 XTS", "That code is not a currency in circulation");
        rejected(chat, "XAU 10", "That code is not a currency in circulation");
        rejected(chat, "1" + "0".repeat(12) + " USD", "That amount is too large: at most 12 digits");
        rejected(chat, "1".repeat(2000) + " USD", "this question takes at most 40.");
        rejected(chat, "30.5 JPY", "JPY amounts have no decimals.");
        rejected(chat, "10.255 USD", "USD amounts have at most 2 decimals.");
        chat.send("3000 JPY").press("Partial refund");
        rejected(chat, "12.5", "JPY amounts have no decimals.");
        rejected(chat, "12 XAG", "That code is not a currency in circulation");
        chat.send("1200").send("skip").send("skip").send("none").send("skip").expect("Please check the case")
                .send("confirm").expect("Confirmed.").expect("Case #1 opened");
        assertThat(onlyFacts().orderAmount()).isEqualTo(Money.of("3000", "JPY"));
    }

    @Test
    void trackingNumbersMustLookLikeOne() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("en").press("Not received")
                .send("10 USD").press("Full refund").send("skip").send("skip").expect("tracking number");
        rejected(chat, "----", "Please send the tracking number");
        rejected(chat, "-LP0012", "Please send the tracking number");
        rejected(chat, "LP--0012", "Please send the tracking number");
        rejected(chat, "A-B-C-D-E-F", "Please send the tracking number");
        rejected(chat, "\u200b\u200b", BLANK);
        chat.send("lp00-1234 5678").expect("carrier's tracking");
    }

    @Test
    void deprecatedLanguageCodesAreStoredInTheirCurrentForm() {
        for (String[] pair : new String[][] {{"iw", "he"}, {"in", "id"}, {"JI", "yi"}}) {
            ChatScript chat = desk.chat();
            chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send(pair[0])
                    .expect("What is the dispute about?");
            assertThat(chat.transcript()).as(pair[0]).doesNotContain("Please pick a language");
            chat.send("cancel");
        }
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("iw");
        finishAfterLanguage(chat);
        assertThat(onlyFacts().buyerLanguage()).isEqualTo("he");
    }

    @Test
    void aHugeAnswerToAChoiceQuestionIsNotEchoedBack() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("en").press("Counterfeit claim")
                .send("40 USD").press("Full refund").send("skip").send("skip").expect("Which evidence");
        rejected(chat, "z".repeat(10_000), "this question takes at most 200.");
        assertThat(chat.lastReply().asText()).doesNotContain("z".repeat(100)).hasSizeLessThan(4096);
        rejected(chat, "1, " + "q".repeat(150), "\"" + "q".repeat(59) + "…\" is not one of the options.");
        assertThat(chat.lastReply().asText()).doesNotContain("q".repeat(60));
    }

    @Test
    void blankTextAtTheSummaryIsRefusedAndChangesNothing() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("en").press("Counterfeit claim")
                .send("40 USD").press("Full refund").send("skip").send("skip").send("none").send("skip")
                .expect("Please check the case");
        rejected(chat, "\u200b\u0000", BLANK);
        chat.send("con\u200bfirm").expect("Confirmed.").expect("Case #1 opened");
    }

    // ------------------------------------------------------------------ helpers

    private void finishCounterfeit(ChatScript chat, String language) {
        chat.send(language);
        finishAfterLanguage(chat);
    }

    private void finishAfterLanguage(ChatScript chat) {
        chat.press("Counterfeit claim").send("40 USD").press("Full refund").send("skip").send("skip")
                .send("none").send("skip").expect("Please check the case").send("confirm").expect("Confirmed.").expect("Case #1 opened");
    }

    private void rejected(ChatScript chat, String answer, String reason) {
        Optional<StoredDialog> before = desk.draft(IntakeDesk.CONSOLE, IntakeDesk.ALICE);
        chat.send(answer).expect(reason);
        assertThat(desk.draft(IntakeDesk.CONSOLE, IntakeDesk.ALICE)).isEqualTo(before);
        assertThat(chat.replies()).allMatch(r -> r.asText().length() <= 4096, "within Telegram's limit");
    }

    private CaseFacts onlyFacts() {
        assertThat(desk.cases()).hasSize(1);
        return desk.cases().get(0).facts();
    }
}
