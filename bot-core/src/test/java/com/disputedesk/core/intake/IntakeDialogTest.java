package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guided intake, driven through the chat as a member would. */
class IntakeDialogTest {
    static final String ORDER = "8123456789012345";
    static final String OTHER_ORDER = "8123456789012399";
    /** The reply that carries the remedy suggestion, right after "Case #n opened". */
    static final String SUGGESTED = "Suggested next steps:";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String[] MARKETS_THEN_CANCEL = {"AliExpress", "Temu", "Allegro", "eMAG", "Mercado Libre",
        "TikTok Shop", "eBay", "Amazon", "Cancel"};

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
    void notReceivedWithShippingFactsOpensACaseAndSuggestsAtOnce() {
        ChatScript chat = desk.chat();
        chat.send("/new").expect("Which marketplace")
                .expectChoices(MARKETS_THEN_CANCEL);
        chat.press("AliExpress").expect("What is the AliExpress order number?").expectNoMore();
        assertThat(chat.lastReply().expectsText()).isTrue();
        chat.send(ORDER).expect("buyer's name")
                .send("Maria G.").expect("Which language").expectNoMore();
        assertThat(chat.lastReply().typed()).as("a button, or a code typed").isEqualTo(Reply.TypedAnswer.ACCEPTED);
        chat.send("es").expect("What is the dispute about?").expectNoMore();
        assertThat(chat.lastReply().typed()).as("a button only").isEqualTo(Reply.TypedAnswer.NONE);
        chat.send("1").expect("What did the buyer pay?")
                .send("25.90 USD").expect("What does the buyer ask for?")
                .press("Full refund").expect("What did the item cost you, in USD?")
                .send("8.50").expect("What did shipping cost you, in USD?")
                .send("skip").expect("tracking number")
                .send("LP00123456789CN").expect("carrier's tracking")
                .send("in transit").expect("How many days ago")
                .send("18").expect("How many days ago did the tracking last change?")
                .send("3").expect("Which evidence")
                .send("1,2").expect("When was the dispute opened?")
                .send("yesterday").expect("Please check the case")
                .send("confirm").expect("Confirmed.").expect("Case #1 opened: AliExpress order " + ORDER + ", Not received.")
                .expect(SUGGESTED).expectNoMore();
        suggestionShown(chat);

        DisputeCase opened = onlyCase();
        assertThat(opened.facts()).isEqualTo(new CaseFacts("aliexpress", ORDER, "Maria G.", "es",
                Reason.NOT_RECEIVED, BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("25.90", "USD"),
                Optional.of(Money.of("8.50", "USD")), Optional.empty(),
                Optional.of(new ShippingFacts(Optional.of("LP00123456789CN"), CarrierStatus.IN_TRANSIT, 18,
                        java.util.OptionalInt.of(3))),
                Set.of(EvidenceKind.ORDER_CHAT, EvidenceKind.TRACKING), TODAY.minusDays(1),
                Optional.of(TODAY.minusDays(1).atStartOfDay(TestDesk.TEAM.zone()).toInstant()), Optional.empty()));
        assertThat(opened.owner()).contains(IntakeDesk.ALICE);
        assertThat(opened.home()).isEqualTo(IntakeDesk.CONSOLE);
        List<TimelineEntry> timeline = desk.caseStore().timeline(opened.id());
        // 14 answered questions (shipping cost was skipped, the refund amount did not apply), then "created"
        assertThat(timeline).hasSize(15);
        assertThat(timeline.subList(0, 14)).allMatch(e -> e.kind() == TimelineEntry.Kind.INTAKE);
        assertThat(timeline.get(0).text()).isEqualTo("Marketplace: AliExpress");
        assertThat(timeline.get(2).text()).isEqualTo("Buyer: Maria G.");
        assertThat(timeline.get(14).kind()).isEqualTo(TimelineEntry.Kind.CREATED);
        assertThat(timeline).allMatch(e -> e.actor().equals("console:alice Alice"));
        assertThat(aliceDraft()).isEmpty();
    }

    @Test
    void counterfeitClaimAsksNoShippingQuestionsAndTakesAPartialRefundAmount() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("Temu").expect("Temu order number")
                .send("PO-211-1234567890123").send("@shopper_99").press("German (de)")
                .press("Counterfeit claim").send("USD 40").press("Partial refund")
                .expect("How much does the buyer ask back? (in USD, at most 40.00 USD)")
                .send("12.5").expect("What did the item cost you")
                .send("skip").send("skip").expect("Which evidence")
                .expectNone("tracking number")
                .send("none").expect("When was the dispute opened?")
                .send("skip").expect("Please check the case")
                .expectNone("Tracking number").expectNone("Carrier status").expectNone("Days since shipment");
        assertThat(chat.transcript()).contains("8. Refund asked: 12.50 USD", "9. Item cost: playbook default",
                "11. Evidence at hand: none", "12. Dispute opened: now");
        chat.press("Confirm").expect("Confirmed.").expect("Case #1 opened: Temu order PO-211-1234567890123, Counterfeit claim.")
                .expect(SUGGESTED).expectNoMore();

        CaseFacts facts = onlyCase().facts();
        assertThat(facts.reason()).isEqualTo(Reason.COUNTERFEIT_CLAIM);
        assertThat(facts.request()).isEqualTo(BuyerRequest.partial(Money.of("12.50", "USD")));
        assertThat(facts.shipping()).isEmpty();
        assertThat(facts.itemCost()).isEmpty();
        assertThat(facts.shippingCost()).isEmpty();
        assertThat(facts.evidence()).isEmpty();
        assertThat(facts.openedOn()).isEqualTo(TODAY);
        assertThat(facts.buyer()).isEqualTo("@shopper_99");
        assertThat(facts.buyerLanguage()).isEqualTo("de");
    }

    @Test
    void wrongSizeAnsweredByLabelsWithAnyLanguageCodeAndToggledEvidence() {
        ChatScript chat = desk.chat();
        chat.send("/new").send("mercado libre").expect("Mercado Libre order number")
                .send("2000001234").send("Ana Souza").send("it")
                .send("WRONG SIZE").send("120 brl").send("return")
                .send("60").send("0").expect("Which evidence")
                .press("Photos of the item as shipped").expect("Selected: Photos of the item as shipped")
                .press("Buyer's photos of each difference")
                .press("✓ Photos of the item as shipped").expect("Selected: Buyer's photos of each difference")
                .press("Listing as it was at purchase")
                .press("Done").expect("When was the dispute opened?")
                .send("3 days ago").expect("Please check the case")
                .send("confirm").expect("Confirmed.").expect("Case #1 opened: Mercado Libre order 2000001234, Wrong size.")
                .expect(SUGGESTED).expectNoMore();

        CaseFacts facts = onlyCase().facts();
        assertThat(facts.marketplace()).isEqualTo("mercadolibre");
        assertThat(facts.buyerLanguage()).isEqualTo("it");
        assertThat(facts.reason()).isEqualTo(Reason.WRONG_SIZE);
        assertThat(facts.request()).isEqualTo(BuyerRequest.of(RequestKind.RETURN));
        assertThat(facts.orderAmount()).isEqualTo(Money.of("120", "BRL"));
        assertThat(facts.itemCost()).contains(Money.of("60", "BRL"));
        assertThat(facts.shippingCost()).contains(Money.of("0", "BRL"));
        assertThat(facts.evidence()).containsExactlyInAnyOrder(EvidenceKind.BUYER_PHOTOS,
                EvidenceKind.LISTING_SNAPSHOT);
        assertThat(facts.openedOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void damagedInTransitWithButtonsOnlyAndNoTracking() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Ivan").press("Russian (ru)")
                .press("Damaged in transit").send("15.00 EUR").press("Replacement").press("Skip").press("Skip")
                .expect("tracking number").press("Skip").expect("carrier's tracking")
                .press("Delivered").send("0").press("Packing / weight photos at dispatch").press("Done")
                .press("Today").expect("Please check the case").expectNoMore();
        assertThat(chat.transcript()).contains("Tracking number: none", "Days since shipment: 0",
                "Evidence at hand: Packing / weight photos at dispatch", "Dispute opened: 2026-03-02");
        chat.press("Confirm").expect("Confirmed.").expect("Case #1 opened: AliExpress order " + ORDER + ", Damaged in transit.")
                .expect(SUGGESTED).expectNoMore();

        CaseFacts facts = onlyCase().facts();
        assertThat(facts.shipping()).contains(new ShippingFacts(Optional.empty(), CarrierStatus.DELIVERED, 0));
        assertThat(facts.request()).isEqualTo(BuyerRequest.of(RequestKind.REPLACEMENT));
        assertThat(facts.orderAmount()).isEqualTo(Money.of("15", "EUR"));
    }

    @Test
    void everyRejectedAnswerGetsARetryPromptAndChangesNothing() {
        ChatScript chat = desk.chat();
        chat.send("/new");
        rejected(chat, "Shopee", "Please pick a marketplace from the list");
        rejected(chat, "12", "Please pick a marketplace from the list");
        chat.press("AliExpress");
        rejected(chat, "12345", "That is not a valid AliExpress order number. Expected: 15 to 20 digits, e.g. 8181234567890123.");
        rejected(chat, "81234567890123AB", "Expected: 15 to 20 digits, e.g. 8181234567890123.");
        chat.send(ORDER);
        rejected(chat, "   ", "Please send the buyer's name or handle: 1 to 100 characters.");
        rejected(chat, "x".repeat(101), "1 to 100 characters");
        chat.send("Zoë <script>");
        rejected(chat, "xx", "two-letter ISO 639-1 code");
        rejected(chat, "klingon", "two-letter ISO 639-1 code");
        chat.send("pt");
        rejected(chat, "not delivered", "Please pick the reason from the list");
        chat.send("7");
        rejected(chat, "25.90", "The currency is missing or not a known ISO code.");
        rejected(chat, "25.90 XYZ", "The currency is missing");
        rejected(chat, "lots of money", "Please send the amount with its currency code");
        rejected(chat, "0 USD", "The amount must be more than zero.");
        rejected(chat, "-5 USD", "Please send the amount with its currency code");
        chat.send("25.90 USD");
        chat.press("Partial refund");
        rejected(chat, "26", "That is more than the order amount, 25.90 USD.");
        rejected(chat, "0", "more than zero and at most 25.90 USD");
        rejected(chat, "5 EUR", "Amounts here are in the order's currency, USD.");
        chat.send("5");
        chat.send("30.00").expect("30.00 USD is more than the order amount, 25.90 USD: type it again to confirm,"
                + " or correct it.");
        rejected(chat, "ten", "Please send an amount in USD; or type skip.");
        chat.send("10");
        rejected(chat, "3 GBP", "Amounts here are in the order's currency, USD.");
        chat.send("3");
        chat.expect("Which evidence").expectNoMore();
        rejected(chat, "1,99", "\"99\" is not one of the options.");
        rejected(chat, "photos", "\"photos\" is not one of the options.");
        chat.send("buyer's video of the defect, 1");
        rejected(chat, "2026-03-03", "That is in the future");
        rejected(chat, "tomorrow", "Please send when the dispute was opened");
        rejected(chat, "2024-01-01", "That is more than 365 days ago.");
        rejected(chat, "2026-02-30", "Please send when the dispute was opened");
        chat.send("2026-02-27").expect("Please check the case").expectNoMore();
        assertThat(chat.transcript()).contains("3. Buyer: Zoë <script>",
                "11. Evidence at hand: Chat history with the buyer, Buyer's video of the defect");
        rejected(chat, "maybe", "Type confirm to save, edit and a field's name or number");
        rejected(chat, "edit 40", "There is no field with that number; the fields are numbered 1 to 12.");
        assertThat(desk.cases()).isEmpty();
    }

    @Test
    void shippingRejectionsToo() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Bo").send("en").press("Not received")
                .send("10 USD").press("Full refund").send("skip").send("skip");
        rejected(chat, "AB", "Please send the tracking number (4 to 40 letters, digits or dashes");
        rejected(chat, "LP 123 !", "Please send the tracking number");
        chat.send("lp 0012 3456");
        rejected(chat, "somewhere", "Please pick the carrier status from the list");
        chat.send("lost");
        rejected(chat, "366", "Please send a whole number of days from 0 to 365.");
        rejected(chat, "-1", "Please send a whole number of days");
        rejected(chat, "two weeks", "Please send a whole number of days");
        chat.send("14").expect("Which evidence").expectNoMore();
    }

    @Test
    void backReturnsToTheLastQuestionThatAppliesSkippingThoseThatDoNot() {
        ChatScript chat = desk.chat();
        chat.send("/new").expectChoices(MARKETS_THEN_CANCEL)
                .send("back").expect("This is the first question; there is nothing to go back to.")
                .press("AliExpress").send(ORDER).send("Lee").send("en").press("Counterfeit claim")
                .send("20 USD").press("Full refund").send("skip").expect("What did shipping cost")
                .send("2").expect("Which evidence")
                // the three shipping questions do not apply to a counterfeit claim: back passes over them
                .send("back").expect("What did shipping cost you")
                .send("back").expect("What did the item cost you").expectNoMore();
        assertThat(chat.lastReply().text()).contains("Current answer: playbook default");
        chat.send("/back").expect("What does the buyer ask for?")
                .press("Back").expect("What did the buyer pay?").expectNoMore();
        assertThat(chat.lastReply().text()).contains("Current answer: 20.00 USD");
        // changing the reason on the way forward brings the shipping questions in
        chat.press("Back").expect("What is the dispute about?")
                .press("Not received").expect("What did the buyer pay?")
                .send("20 USD").press("Full refund").send("skip").send("2").expect("tracking number")
                .send("back").expect("What did shipping cost")
                .send("2").expect("tracking number").expectNoMore();
    }

    @Test
    void skipWorksOnOptionalQuestionsOnly() {
        ChatScript chat = desk.chat();
        chat.send("/new").send("skip").expect("This question cannot be skipped.").expectNoMore();
        assertThat(chat.lastReply().text()).contains("Please pick a marketplace from the list");
        chat.press("AliExpress").send("/skip").expect("This question cannot be skipped.")
                .send(ORDER).send("Ann").send("en").send("11").send("9 USD").press("Return")
                .expect("What did the item cost you").expectChoices("Skip", "Back", "Cancel")
                .send("SKIP").expect("What did shipping cost")
                .press("Skip").expect("Which evidence")
                .send("skip").expect("This question cannot be skipped.")
                .send("none").send("skip").expect("Please check the case")
                .send("skip").expect("There is nothing to skip here.").expectNoMore();
        assertThat(desk.cases()).isEmpty();
    }

    @Test
    void cancelDiscardsTheDraftWhicheverWayItIsAsked() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send("Cancel").expect("Draft cancelled. Nothing was saved.")
                .expectNoMore();
        assertThat(aliceDraft()).isEmpty();
        chat.send(ORDER).expect("Type /new to open a case").expectNoMore();
        chat.send("/new").press("Temu").send("/cancel").expect("Draft cancelled.").expectNoMore();
        chat.send("/new").press("Temu").press("Cancel").expect("Draft cancelled.").expectNoMore();
        chat.send("/cancel").expect("You have no draft open, so there is nothing to cancel.").expectNoMore();
        chat.send("/back").expect("You have no draft open. Type /new to open a case.").expectNoMore();
        assertThat(desk.cases()).isEmpty();
        assertThat(aliceDraft()).isEmpty();
    }

    @Test
    void cancelFromTheSummaryStoresNoCase() {
        ChatScript chat = throughSummary();
        chat.press("Cancel").expect("Draft cancelled.").expectNoMore();
        assertThat(desk.cases()).isEmpty();
    }

    @Test
    void editingAFieldFromTheSummaryReturnsToTheSummary() {
        ChatScript chat = throughSummary();
        chat.send("edit 3").expect("What is the buyer's name or handle?").expectNoMore();
        assertThat(chat.lastReply().text()).contains("Current answer: Lee");
        chat.send("Lee Wong").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("3. Buyer: Lee Wong");
        chat.press("Edit: Order id").expect("AliExpress order number")
                .send("12").expect("That is not a valid AliExpress order number")
                .send("99999999999999999").expect("Please check the case")
                .send("2").expect("AliExpress order number")
                .send("back").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("2. Order id: 99999999999999999");
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened: AliExpress order 99999999999999999")
                .expect(SUGGESTED).expectNoMore();
        assertThat(onlyCase().facts().buyer()).isEqualTo("Lee Wong");
    }

    @Test
    void aFieldIsEditedByItsNameInEitherLanguageAndItsButtonSaysWhichFieldItIs() {
        ChatScript chat = throughSummary();
        chat.expectChoices("Edit: Marketplace", "Edit: Order id", "Edit: Buyer", "Edit: Buyer language",
                "Edit: Reason", "Edit: Order amount", "Edit: Buyer asks for", "Edit: Item cost", "Edit: Shipping cost",
                "Edit: Evidence at hand", "Edit: Dispute opened", "Confirm", "Cancel");
        chat.send("edit buyer").expect("What is the buyer's name or handle?").expectNoMore();
        chat.send("Lee Wong").expect("Please check the case").expectNoMore();
        chat.send("修改买家").expect("What is the buyer's name or handle?").send("back")
                .expect("Please check the case");
        chat.send("edit buyer lang").expect("Which language should messages to the buyer be in?");
        chat.send("back").send("edit colour").expect("No field is called \"colour\". The fields are: Marketplace, ")
                .expectNoMore();
        assertThat(chat.lastReply().text()).contains("Please check the case");
        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened");
        assertThat(onlyCase().facts().buyer()).isEqualTo("Lee Wong");
    }

    @Test
    void editingTheReasonAsksTheQuestionsItNowNeedsThenReturns() {
        ChatScript chat = throughSummary();
        chat.send("edit 5").expect("What is the dispute about?")
                .press("Shows delivered, buyer says not received").expect("tracking number")
                .send("skip").expect("carrier's tracking").press("Delivered")
                .expect("How many days ago").send("30").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("5. Reason: Shows delivered, buyer says not received",
                "11. Carrier status: Delivered", "12. Days since shipment: 30");
        chat.send("confirm");
        assertThat(onlyCase().facts().shipping())
                .contains(new ShippingFacts(Optional.empty(), CarrierStatus.DELIVERED, 30));
    }

    @Test
    void loweringTheOrderAmountAsksAgainForACostAboveIt() {
        ChatScript chat = throughSummary();
        assertThat(chat.lastReply().text()).contains("8. Item cost: 15.00 USD");
        chat.send("edit 6").send("10 USD").expect("What did the item cost you, in USD?")
                .send("9").expect("Please check the case").expectNoMore();
        assertThat(chat.lastReply().text()).contains("6. Order amount: 10.00 USD", "8. Item cost: 9.00 USD");
        // changing the currency makes the costs unusable: both are asked again
        chat.send("edit 6").send("10 EUR").expect("item cost you, in EUR").send("4")
                .expect("shipping cost you, in EUR").send("1").expect("Please check the case").expectNoMore();
        chat.send("confirm");
        CaseFacts facts = onlyCase().facts();
        assertThat(facts.itemCost()).contains(Money.of("4", "EUR"));
        assertThat(facts.shippingCost()).contains(Money.of("1", "EUR"));
    }

    @Test
    void theDraftSurvivesARestartWithItsAnswers() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER).send("Maria").send("es").expect("What is the dispute about?")
                .expectNoMore();

        IntakeDesk again = desk.restart();
        ChatScript after = again.chat();
        // The first word after a restart hears where the draft stands, and is not taken as the answer.
        after.send("wrong colour").expect("I was restarted. You were at question 5 of 11: Reason.").expectNoMore();
        assertThat(after.lastReply().text()).contains("Buyer language: Spanish (es)", "What is the dispute about?");
        after.send("wrong colour").expect("What did the buyer pay?")
                .send("back").expect("What is the dispute about?").expectNoMore();
        assertThat(after.lastReply().text()).contains("Current answer: Wrong colour");
        after.send("/new").expect("You already have a draft open; here is where you left it.").expectNoMore();
        assertThat(after.lastReply().text()).contains("What is the dispute about?");
        after.send("6").send("10 USD").press("Return").send("skip").send("skip").send("none").send("today")
                .expect("Please check the case").expectNoMore();
        assertThat(after.lastReply().text()).contains("1. Marketplace: AliExpress", "2. Order id: " + ORDER,
                "3. Buyer: Maria", "4. Buyer language: Spanish (es)");
        IntakeDesk third = again.restart();
        ChatScript last = third.chat();
        last.send("/new").expect("I was restarted. Your draft is complete; here is its summary.").expectNoMore();
        assertThat(last.lastReply().text()).contains("Please check the case");
        last.send("confirm").expect("Confirmed.").expect("Case #1 opened: AliExpress order " + ORDER + ", Wrong colour.")
                .expect(SUGGESTED).expectNoMore();
    }

    @Test
    void anAbandonedDraftExpiresAndTheMemberIsToldHowToRestart() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(ORDER);
        desk.clock().advance(java.time.Duration.ofHours(23));
        chat.send("Maria").expect("Which language").expectNoMore();
        desk.clock().advance(java.time.Duration.ofHours(24));
        chat.send("es").expect("Your draft expired after 24 h without an answer; nothing was saved. "
                + "Type /new to start again.");
        chat.send("es").expect("Type /new to open a case").expectNoMore();
        chat.send("/new").expect("Which marketplace").expectNoMore();
        assertThat(chat.lastReply().text()).doesNotContain("Current answer");
    }

    @Test
    void anExpiredDraftIsReportedForButtonsAndCommandsToo() {
        ChatScript chat = desk.chat();
        chat.send("/new");
        desk.clock().advance(java.time.Duration.ofHours(25));
        chat.press("Temu").expect("Your draft expired").expectNoMore();
        chat.send("/new").expect("Which marketplace").expectNoMore();
        desk.clock().advance(java.time.Duration.ofHours(30));
        chat.send("/cancel").expect("Your draft expired").expectNoMore();
    }

    @Test
    void expiredDraftsOfOthersArePurgedWhenADialogStarts() {
        desk.chat(IntakeDesk.CONSOLE, IntakeDesk.BOB).send("/new");
        desk.clock().advance(java.time.Duration.ofHours(49));
        desk.chat().send("/new");
        assertThat(desk.draft(IntakeDesk.CONSOLE, IntakeDesk.BOB)).isEmpty();
        assertThat(aliceDraft()).isPresent();
    }

    @Test
    void twoMembersInOneChatHaveTheirOwnDrafts() {
        ChatScript alice = desk.chat();
        ChatScript bob = desk.chat(IntakeDesk.CONSOLE, IntakeDesk.BOB);
        alice.send("/new").press("AliExpress");
        bob.send("/new").expect("Which marketplace").expectNoMore();
        bob.press("Temu").expect("Temu order number").expectNoMore();
        alice.send(ORDER).expect("buyer's name").expectNoMore();
        bob.send(ORDER).expect("That is not a valid Temu order number").expectNoMore();
        bob.send("/cancel").expect("Draft cancelled.").expectNoMore();
        alice.send("Ann").expect("Which language").expectNoMore();
        ChatScript aliceInThread = desk.chat(IntakeDesk.CONSOLE.inThread("t1"), IntakeDesk.ALICE);
        aliceInThread.send("es").expect("Type /new to open a case").expectNoMore();
    }

    @Test
    void aDraftIsOneMessageUpdatedInPlaceWithTheAnswersSoFarAboveTheQuestion() {
        ChatScript chat = desk.chat();
        chat.send("/new").expect("Which marketplace").expectNoMore();
        Placement draft = chat.placements().get(0);
        assertThat(draft).isInstanceOf(Placement.InSlot.class);
        chat.press("AliExpress").send(ORDER).expect("What is the buyer's name or handle?").expectNoMore();
        assertThat(chat.lastReply().text()).startsWith("Marketplace: AliExpress · Order id: " + ORDER + "\n");
        assertThat(chat.placements()).containsExactly(draft);
        chat.send("Lee").send("en").press("Counterfeit claim").send("40 USD").press("Full refund").send("skip")
                .send("skip").send("none").send("skip").expect("Please check the case");
        assertThat(chat.placements()).containsExactly(draft);

        chat.send("confirm").expect("Confirmed.").expect("Case #1 opened").expect(SUGGESTED).expectNoMore();
        assertThat(chat.placements()).as("the draft's message keeps the record; the case is new messages")
                .containsExactly(draft, Placement.POST, Placement.POST);
        assertThat(chat.replies().get(0).choices()).as("no buttons left to press").isEmpty();
        chat.send("/new").expect("Which marketplace");
        assertThat(chat.placements()).as("the next draft has a message of its own").doesNotContain(draft);
    }

    @Test
    void aButtonPressedByAnotherMemberDoesNotAnswerTheirOwnDraft() {
        ChatScript alice = desk.chat();
        ChatScript bob = desk.chat(IntakeDesk.CONSOLE, IntakeDesk.BOB);
        alice.send("/new");
        Reply aliceMarketplaces = alice.lastReply();
        bob.send("/new");
        String temuOfAlice = aliceMarketplaces.choices().get(1).id();
        bob.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(IntakeDesk.CONSOLE, IntakeDesk.BOB,
                temuOfAlice, Optional.empty())).expect("That button belongs to another member's draft.").expectNoMore()
                .expectOnlyToPresser();
        bob.send("1").expect("What is the AliExpress order number?").expectNoMore();
        alice.send("2").expect("What is the Temu order number?").expectNoMore();
    }

    @Test
    void aPressByAMemberWhoseOldButtonTagCollidedMovesNoDraft() {
        Member ann = new Member(Platform.CONSOLE, "Aa", "Ann");
        Member ben = new Member(Platform.CONSOLE, "BB", "Ben");
        assertThat(ann.key().hashCode() & 0xffff).as("the 16-bit tags buttons used to carry")
                .isEqualTo(ben.key().hashCode() & 0xffff);
        ChatScript annChat = desk.chat(IntakeDesk.CONSOLE, ann);
        ChatScript benChat = desk.chat(IntakeDesk.CONSOLE, ben);
        annChat.send("/new").expect("Which marketplace").expectNoMore();
        String temuOfAnn = annChat.lastReply().choices().get(1).id();
        benChat.send("/new").expect("Which marketplace").expectNoMore();
        Optional<StoredDialog> annBefore = desk.draft(IntakeDesk.CONSOLE, ann);
        Optional<StoredDialog> benBefore = desk.draft(IntakeDesk.CONSOLE, ben);
        benChat.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(IntakeDesk.CONSOLE, ben, temuOfAnn,
                Optional.empty())).expect("That button belongs to another member's draft.").expectNoMore()
                .expectOnlyToPresser();
        assertThat(desk.draft(IntakeDesk.CONSOLE, ann)).isEqualTo(annBefore);
        assertThat(desk.draft(IntakeDesk.CONSOLE, ben)).isEqualTo(benBefore);
        benChat.send("1").expect("What is the AliExpress order number?").expectNoMore();
        annChat.press(temuOfAnn).expect("What is the Temu order number?").expectNoMore();
    }

    @Test
    void aButtonOfAnEarlierQuestionIsNotTakenAsAnAnswer() {
        ChatScript chat = desk.chat();
        chat.send("/new").expect("Which marketplace").expectNoMore();
        Reply marketplaces = chat.lastReply();
        chat.press("AliExpress").expect("order number").expectNoMore();
        chat.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(IntakeDesk.CONSOLE, IntakeDesk.ALICE,
                marketplaces.choices().get(1).id(), Optional.empty()))
                .expect("That button belongs to another question.").expectNoMore();
        assertThat(chat.lastReply().text()).contains("What is the AliExpress order number?");
        chat.send("/cancel");
        chat.deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(IntakeDesk.CONSOLE, IntakeDesk.ALICE,
                marketplaces.choices().get(1).id(), Optional.empty()))
                .expect("That button belongs to a draft that is no longer open.").expectNoMore();
    }

    @Test
    void aTypedNumberPicksTheButtonOfThatNumberIncludingBackAndCancel() {
        ChatScript chat = desk.chat();
        int languages = TestDesk.remedies().buyerLanguages().size();
        chat.send("/new").send("1").send(ORDER).send("Ann").expect("Which language")
                .send(Integer.toString(languages + 1)).expect("What is the buyer's name")   // Back, after the languages
                .send("Ann").send(Integer.toString(languages + 2)).expect("Draft cancelled.").expectNoMore();
    }

    @Test
    void theTeamLanguageIsUsedThroughout() {
        desk.settingsStore().put("acme", "language", "zh");
        ChatScript chat = desk.chat();
        chat.send("/new").expect("新的案件草稿").expectChoices("AliExpress", "Temu", "Allegro", "eMAG", "Mercado Libre", "TikTok Shop", "eBay",
                        "Amazon", "取消")
                .press("AliExpress").expect("AliExpress 订单号是多少？")
                .send("123").expect("这不是有效的 AliExpress 订单号。格式应为：15 to 20 digits, e.g. 8181234567890123。")
                .send(ORDER).send("王芳").expect("给买家的消息用哪种语言？")
                .expectChoices("英语 (en)", "保加利亚语 (bg)", "捷克语 (cs)", "德语 (de)", "西班牙语 (es)", "法语 (fr)",
                        "匈牙利语 (hu)", "荷兰语 (nl)", "波兰语 (pl)", "葡萄牙语 (pt)", "罗马尼亚语 (ro)", "俄语 (ru)",
                        "返回", "取消")
                .send("返回").expect("买家的名字或账号是什么？")
                .send("王芳").press("英语 (en)").expect("纠纷的原因是什么？")
                .send("质量问题 / 瑕疵").expect("买家支付了多少？")
                .send("25.90").expect("缺少币种")
                .send("25.90 usd").press("全额退款").send("跳过").send("跳过").expect("你手头已经有哪些证据？")
                .send("1,4").send("今天").expect("保存前请核对案件信息：").expectNoMore();
        assertThat(chat.lastReply().text()).contains("5. 纠纷原因: 质量问题 / 瑕疵",
                "8. 商品成本: 规则手册默认值", "11. 纠纷开启时间: 2026-03-02 00:00");
        chat.send("确认").expect("已确认。").expect("案件 #1 已开立：AliExpress 订单 " + ORDER + "，质量问题 / 瑕疵。").expect("建议的下一步：").expectNoMore();
        suggestionShown(chat);
        assertThat(onlyCase().facts().evidence()).containsExactlyInAnyOrder(EvidenceKind.ORDER_CHAT,
                EvidenceKind.PRODUCT_PHOTOS);
    }

    @Test
    void caseNumbersCountUpPerTeam() {
        throughSummary().send("confirm").expect("Confirmed.").expect("Case #1 opened").expect(SUGGESTED).expectNoMore();
        throughSummary(OTHER_ORDER).send("confirm").expect("Confirmed.").expect("Case #2 opened").expect(SUGGESTED).expectNoMore();
    }

    // ------------------------------------------------------------------ helpers

    /** A counterfeit-claim intake, answered up to the summary (11 fields). */
    private ChatScript throughSummary() {
        return throughSummary(ORDER);
    }

    /** The same intake for another order. */
    private ChatScript throughSummary(String order) {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(order).send("Lee").send("en").press("Counterfeit claim")
                .send("40 USD").press("Full refund").send("15").send("4").send("1").send("today")
                .expect("Please check the case").expectNoMore();
        return chat;
    }

    /** The answer is refused with {@code retry}, and the stored draft is exactly as before. */
    private void rejected(ChatScript chat, String answer, String retry) {
        Optional<StoredDialog> before = aliceDraft();
        chat.send(answer).expect(retry);
        assertThat(aliceDraft()).isEqualTo(before);
    }

    private DisputeCase onlyCase() {
        assertThat(desk.cases()).hasSize(1);
        return desk.cases().get(0);
    }

    /** The case's remedy suggestion came right after "Case #n opened" (after the confirmed draft), as a card. */
    private static void suggestionShown(ChatScript chat) {
        assertThat(chat.replies()).hasSize(3);
        assertThat(chat.replies().get(2).card()).isPresent();
    }

    private Optional<StoredDialog> aliceDraft() {
        return desk.draft(IntakeDesk.CONSOLE, IntakeDesk.ALICE);
    }
}
