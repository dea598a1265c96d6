package com.disputedesk.core.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home for every case, on the engine alone (the platform's thread is the recording outbox's "home-n"): opened on
 * confirm with the case's name, the suggestion there, commands and files there without a case number, reminders
 * there, closed after the close, and a deleted home gives the case back to its channel with a notice.
 */
class CaseHomesTest {
    private static final ChatRef HOME = TestDesk.CONSOLE.inThread("home-1");

    @TempDir
    Path dir;

    @Test
    void aConfirmedCaseGetsAThreadNamedAfterItWhereItsSuggestionGoes() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());

            assertThat(desk.outbox().homes()).containsExactly("opened home-1 #1 \u00b7 Temu \u00b7 Counterfeit claim"
                    + " \u00b7 Maria Lopez");
            List<Outgoing> sent = desk.outbox().history();
            Outgoing card = sent.get(sent.size() - 2);
            assertThat(card.chat()).isEqualTo(HOME);
            assertThat(card.slot()).contains(Slot.card("acme", 1, HOME));
            assertThat(card.reply().asText()).contains("Case #1: where it stands now.", "Owner: Alice");
            Outgoing suggestion = sent.get(sent.size() - 1);
            assertThat(suggestion.chat()).isEqualTo(HOME);
            assertThat(suggestion.slot()).isEmpty();
            assertThat(suggestion.reply().asText()).contains("Suggested next steps:");
        }
    }

    @Test
    void theCardInTheThreadIsEditedOnEveryChangeOfTheCase() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            ChatScript thread = desk.chat(HOME, TestDesk.ALICE);
            ChatScript bob = desk.chat(HOME, TestDesk.BOB);

            bob.send("/claim").expect("You now own case #1").expect("Owner: Bob").expectNoMore();
            thread.send("/offer 1").expect("recorded as sent: 1.").expect("State: Awaiting the buyer")
                    .expectNoMore();
            thread.send("/reply rejected").expect("rejected").expect("Case #1: where it stands now.")
                    .expectNoMore();
            thread.sendFile("box.jpg", new byte[] {1, 2, 3}, "").expect("box.jpg").expect("box.jpg \u00b7 3 B")
                    .expectNoMore();
            thread.send("/case").expect("Case #1").expectNoMore();
            thread.send("/close withdrawn").expect("Case #1 closed").expect("Closed").expectNoMore();

            List<Outgoing> cards = desk.outbox().history().stream()
                    .filter(o -> o.slot().equals(Optional.of(Slot.card("acme", 1, HOME)))).toList();
            assertThat(cards).hasSize(6).allSatisfy(c -> assertThat(c.chat()).isEqualTo(HOME));
        }
    }

    @Test
    void insideTheThreadCommandsAndFilesNeedNoCaseNumber() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            ChatScript thread = desk.chat(HOME, TestDesk.ALICE);

            thread.send("/case").expect("Case #1").expectNoMore();
            thread.send("/case 1").expect("Case #1").expectNoMore();
            thread.send("/offer 1").expect("Case #1: recorded as sent: 1.").expect("where it stands now")
                    .expectNoMore();
            thread.sendFile("box.jpg", "photo of the box".getBytes(StandardCharsets.UTF_8), "")
                    .expect("box.jpg").expect("where it stands now").expectNoMore();
            thread.send("/case").expect("box.jpg").expectNoMore();
        }
    }

    @Test
    void theSameCommandsOutsideAThreadStillNeedTheirCase() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());

            desk.chat().send("/offer 1").expect("Usage: /offer").expectNoMore();
            desk.chat().sendFile("box.jpg", new byte[] {1, 2, 3}, "").expect("caption /evidence <case>")
                    .expectNoMore();
        }
    }

    @Test
    void aReminderLandsInTheCasesThread() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            desk.outbox().drain();

            desk.desk().reminders().runDue(TestDesk.START.plus(Duration.ofDays(20)));

            List<Outgoing> reminders = desk.outbox().drain();
            assertThat(reminders).isNotEmpty();
            assertThat(reminders).allSatisfy(r -> assertThat(r.chat()).isEqualTo(HOME));
        }
    }

    @Test
    void aReopenedCaseGetsAFreshCardInItsNewThread() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            desk.chat(HOME, TestDesk.ALICE).send("/close withdrawn").expect("Case #1 closed");

            // the order of a closed case: sent again, it reopens that case with the new intake
            desk.chat().send("/new").press("Temu").send("PO-211-1234567890123")
                    .expect("Case #1 for this order is closed").send("PO-211-1234567890123").send("Maria Lopez")
                    .press("German (de)").press("Counterfeit claim").send("USD 40").press("Full refund")
                    .press("Skip").press("Skip").press("Done").send("yesterday").press("Confirm")
                    .expect("Confirmed.").expect("Case #1 reopened");

            ChatRef second = TestDesk.CONSOLE.inThread("home-2");
            assertThat(desk.outbox().homes()).anySatisfy(h -> assertThat(h).startsWith("closed home-1"))
                    .anySatisfy(h -> assertThat(h).startsWith("opened home-2 #1"));
            List<Outgoing> cards = desk.outbox().history().stream().filter(o -> o.slot().isPresent()
                    && o.slot().get().pinned()).toList();
            assertThat(cards).filteredOn(o -> o.chat().equals(second)).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.slot()).contains(Slot.card("acme", 1, second)));
            assertThat(cards).filteredOn(o -> o.chat().equals(HOME))
                    .allSatisfy(o -> assertThat(o.slot()).contains(Slot.card("acme", 1, HOME)));
            assertThat(Slot.card("acme", 1, second)).isNotEqualTo(Slot.card("acme", 1, HOME));
        }
    }

    @Test
    void closingInTheThreadClosesItAfterTheLastAnswer() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            ChatScript thread = desk.chat(HOME, TestDesk.ALICE);

            thread.send("/close withdrawn").expect("Case #1 closed").expect("where it stands now").expectNoMore();

            int sent = desk.outbox().history().size();
            assertThat(desk.outbox().homes()).last().isEqualTo("closed home-1 after " + sent + " messages");
        }
    }

    @Test
    void closingInTheChannelTellsTheThreadTheOutcomeThenClosesIt() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());

            desk.chat().send("/close 1 withdrawn").expect("Case #1 closed").expect("where it stands now")
                    .expect("Case #1 is closed: buyer withdrew the dispute. This thread closes now").expectNoMore();

            List<Outgoing> sent = desk.outbox().history();
            assertThat(sent.get(sent.size() - 1).chat()).isEqualTo(HOME);
            assertThat(desk.outbox().homes()).last().isEqualTo("closed home-1 after " + sent.size() + " messages");
        }
    }

    @Test
    void aTeamWithCaseThreadsOffKeepsCasesInTheChannel() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            desk.chat(TestDesk.CONSOLE, TestDesk.ALICE).send("/settings case-threads maybe")
                    .expect("Case threads are on or off").expectNoMore();
            desk.chat().send("/settings case-threads off").expect("Saved. Case threads: off.").expectNoMore();
            desk.chat().send("/settings").expect("Case threads: off").expectNoMore();

            openTemuCase(desk.chat());

            assertThat(desk.outbox().homes()).isEmpty();
            assertThat(desk.outbox().history()).allSatisfy(o -> assertThat(o.chat()).isEqualTo(TestDesk.CONSOLE));
        }
    }

    @Test
    void aDeletedThreadGivesTheCaseBackToItsChannelWithANotice() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.outbox().openHomes();
            openTemuCase(desk.chat());
            desk.outbox().drain();
            LostHomes lost = new LostHomes(JdbcStores.homes(desk.stores().dataSource()),
                    new com.disputedesk.core.team.TeamDirectory(List.of(TestDesk.TEAM)),
                    new TeamSettings(desk.stores().stores().settings()), desk.outbox());

            assertThat(lost.lost(HOME)).contains(TestDesk.CONSOLE);

            List<Outgoing> notice = desk.outbox().drain();
            assertThat(notice).singleElement().satisfies(o -> {
                assertThat(o.chat()).isEqualTo(TestDesk.CONSOLE);
                assertThat(o.reply().text()).isEqualTo("The thread of case #1 was deleted, so its messages come"
                        + " here from now on.");
            });
            assertThat(lost.lost(HOME)).isEmpty();
            desk.chat(HOME, TestDesk.ALICE).send("/case").expect("Usage: /case").expectNoMore();
            desk.desk().reminders().runDue(TestDesk.START.plus(Duration.ofDays(20)));
            assertThat(desk.outbox().drain()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.chat()).isEqualTo(TestDesk.CONSOLE));
        }
    }

    @Test
    void aLongNameIsCutAtACharacterBoundaryKeepingTheCaseNumber() {
        String name = HomeName.of(new com.disputedesk.core.cases.CaseNumber(12), "AliExpress", "Wrong size",
                "Ana\n" + "\ud83d\ude00".repeat(60));

        assertThat(name).startsWith("#12 \u00b7 AliExpress \u00b7 Wrong size \u00b7 Ana \ud83d\ude00");
        String cut = HomeName.within(name, 100);
        assertThat(cut).hasSizeLessThanOrEqualTo(100).startsWith("#12 \u00b7 AliExpress").endsWith("\u2026");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(HomeName.within("#3 \u00b7 Temu", 100)).isEqualTo("#3 \u00b7 Temu");
        assertThat(Optional.of(cut)).isPresent();
    }

    /** The Temu intake of the shared conversation scripts, confirmed. */
    static void openTemuCase(ChatScript chat) {
        chat.send("/new").press("Temu").send("PO-211-1234567890123").send("Maria Lopez").press("German (de)")
                .press("Counterfeit claim").send("USD 40").press("Full refund").press("Skip").press("Skip")
                .press("Done").send("yesterday").press("Confirm").expect("Confirmed.").expect("Case #1 opened");
    }
}
