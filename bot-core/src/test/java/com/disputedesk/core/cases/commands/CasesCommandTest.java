package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** /cases and its filters. */
class CasesCommandTest extends DeskTest {
    @Test
    void anEmptyListIsAFriendlyLine() {
        desk.chat().send("/cases").expect("No open cases right now.");
        desk.chat().send("/cases overdue").expect("No overdue cases right now.");
    }

    @Test
    void listsOpenCasesOneLineEachWithoutClosedOnesOlderFirstOnTheSameDeadline() {
        CaseFixture.on(desk).order("8100000000000001").reason(Reason.WRONG_SIZE).create();
        CaseFixture.on(desk).order("8100000000000002").reason(Reason.NOT_AS_DESCRIBED).openedBy(TestDesk.BOB)
                .create();
        CaseFixture.on(desk).order("8100000000000003").create();
        desk.chat().send("/close 3 kept");

        String list = desk.chat().send("/cases").expect("Cases (open): 2").lastReply().text();
        String[] lines = list.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("#2 · ").contains("8100000000000002").contains("Not as described")
                .contains("Open").contains("due in").endsWith("Bob");
        assertThat(lines[1]).startsWith("#1 · ").contains("Wrong size").endsWith("Alice");
        assertThat(list).doesNotContain("8100000000000003");
    }

    @Test
    void awaitingListsOnlyCasesWaitingForTheBuyer() {
        CaseFixture.on(desk).order("8100000000000001").create();
        CaseFixture.on(desk).order("8100000000000002").create();
        desk.chat().send("/offer 2 1");

        String list = desk.chat().send("/cases awaiting").expect("Cases (awaiting the buyer): 1").lastReply().text();
        assertThat(list).contains("#2 · ").contains("Awaiting the buyer").doesNotContain("#1 · ");
    }

    @Test
    void overdueListsCasesPastTheirDeadlineUntilClosed() {
        DisputeCase c = CaseFixture.on(desk).create();
        Deadline deadline = CaseFixture.suggestion(c).deadline();

        desk.chat().send("/cases overdue").expect("No overdue cases right now.");

        desk.clock().set(deadline.due().plus(Duration.ofHours(3)));
        desk.chat().send("/cases overdue").expect("Cases (overdue): 1").expectAny("overdue by 3h");
        desk.chat().send("/close 1 full-refund");
        desk.chat().send("/cases overdue").expect("No overdue cases right now.");
    }

    @Test
    void mineListsTheCasesTheAskingMemberOwns() {
        CaseFixture.on(desk).order("8100000000000001").openedBy(TestDesk.ALICE).create();
        CaseFixture.on(desk).order("8100000000000002").openedBy(TestDesk.BOB).create();

        String alice = desk.chat().send("/cases mine").expect("Cases (yours): 1").lastReply().text();
        assertThat(alice).contains("8100000000000001").doesNotContain("8100000000000002");
        String bob = desk.chat(TestDesk.CONSOLE, TestDesk.BOB).send("/cases mine").lastReply().text();
        assertThat(bob).contains("8100000000000002").doesNotContain("8100000000000001");
    }

    @Test
    void anUnknownFilterGetsTheUsage() {
        desk.chat().send("/cases shut")
                .expect("Usage: /cases [filter] [page] [days], e.g. /cases overdue");
        desk.chat().send("/cases open mine").expect("Usage: /cases");
    }

    @Test
    void theNearestDeadlineComesFirstAndOverdueCasesLead() {
        CaseFixture.on(desk).order("8100000000000001").create();
        desk.clock().advance(Duration.ofDays(1));
        DisputeCase temu = CaseFixture.on(desk).marketplace("temu").order("PO-211-000").create();

        String list = desk.chat().send("/cases").expect("Cases (open): 2").lastReply().text();
        assertThat(list.split("\n")[1]).startsWith("#2 · ");
        assertThat(list.split("\n")[2]).startsWith("#1 · ");

        desk.clock().set(CaseFixture.suggestion(temu).deadline().due().plus(Duration.ofHours(1)));
        String overdue = desk.chat().send("/cases").lastReply().text();
        assertThat(overdue.split("\n")[1]).startsWith("#2 · ").contains("overdue by 1h");
    }

    @Test
    void longListsComeAPageAtATimeWithButtonsToTurnThem() {
        for (int i = 1; i <= CasesCommand.SHOWN + 5; i++) {
            CaseFixture.on(desk).order(String.format("81000000000000%02d", i)).create();
        }

        ChatScript chat = desk.chat();
        String first = chat.send("/cases").expect("Cases (open): 25 · page 1").lastReply().text();
        assertThat(first.split("\n")).hasSize(1 + CasesCommand.SHOWN);
        assertThat(first).contains("#20 · ").doesNotContain("#21 · ");

        String second = chat.press("Next ▶").expect("Cases (open): 25 · page 2").lastReply().text();
        assertThat(second.split("\n")).hasSize(1 + 5);
        assertThat(second).contains("#21 · ", "#25 · ").doesNotContain("#20 · ");
        assertThat(desk.chat().send("/cases 2").lastReply().text()).isEqualTo(second);

        chat.press("◀ Previous").expect("Cases (open): 25 · page 1");
        desk.chat().send("/cases open 3").expect("That list has no page 3.");
    }

    @Test
    void closedListsTheLatestClosedWithinTheDaysAsked() {
        CaseFixture.on(desk).order("8100000000000001").create();
        CaseFixture.on(desk).order("8100000000000002").create();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(desk.clock().instant(), TestDesk.TEAM.zone());
        desk.chat().send("/close 1 kept");
        desk.clock().advance(Duration.ofDays(2));
        desk.chat().send("/close 2 full-refund");

        String all = desk.chat().send("/cases closed").expect("Cases (closed): 2").lastReply().text();
        assertThat(all.split("\n")[1]).startsWith("#2 · ").contains("Closed");
        assertThat(all.split("\n")[2]).startsWith("#1 · ");
        desk.chat().send("/cases closed " + today).expect("Cases (closed): 1").expectAny("#1 · ");
        desk.chat().send("/cases closed " + today.plusDays(1) + ".." + today.plusDays(3)).expect("Cases (closed): 1")
                .expectAny("#2 · ");
        desk.chat().send("/cases closed " + today.minusDays(9) + ".." + today.minusDays(1))
                .expect("No case was closed in that period.");
        desk.chat().send("/cases open " + today).expect("Usage: /cases");
    }

    @Test
    void findListsOpenCasesByOrderIdOrBuyerBestFirst() {
        CaseFixture.on(desk).order("8100000000000123").buyer("Rosa Diaz").create();
        CaseFixture.on(desk).order("8100000000000012").buyer("Tom").create();
        CaseFixture.on(desk).order("8100000000000099").buyer("Rosalind").create();
        desk.chat().send("/close 3 kept");

        String found = desk.chat().send("/find rosa").expect("Open cases matching “rosa”").lastReply().text();
        assertThat(found.split("\n")).hasSize(2);
        assertThat(found.split("\n")[1]).startsWith("#1 · ").contains("8100000000000123");
        String exact = desk.chat().send("/find 8100000000000012").lastReply().text();
        assertThat(exact.split("\n")).hasSize(2);
        assertThat(exact.split("\n")[1]).startsWith("#2 · ");
        String inside = desk.chat().send("/find 12").lastReply().text();
        assertThat(inside.split("\n")).hasSize(3);
        assertThat(inside.split("\n")[1]).startsWith("#2 · ");
        assertThat(inside.split("\n")[2]).startsWith("#1 · ");
        desk.chat().send("/find nobody").expect("No open case matches “nobody”.");
        desk.chat().send("/find").expect("Usage: /find <text>");
    }
}
