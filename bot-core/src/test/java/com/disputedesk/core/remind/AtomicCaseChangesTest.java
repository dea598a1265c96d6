package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case change is all-or-nothing, on both databases: confirming an intake stores the case, its reminders
 * and the draft's removal together, and /offer or /close change the case and its reminders together. A store that
 * fails half-way (a table made unreachable under the running desk) leaves everything as it was, and the member's
 * repeated command then does it once.
 */
class AtomicCaseChangesTest {
    private static final String SORRY = "Sorry, something went wrong on my side and nothing was changed.";

    @TempDir
    Path dir;

    @Test
    void aConfirmWhoseDraftCannotBeDroppedOpensNothingAndTheRepeatOpensOneCase() {
        confirmWhoseDraftCannotBeDropped(TestDesk::open);
    }

    @Test
    void aConfirmWhoseDraftCannotBeDroppedOpensNothingOnPostgres() {
        confirmWhoseDraftCannotBeDropped(TestDesk::openPostgres);
    }

    @Test
    void aCaseWhoseRemindersCannotBePlannedIsNotStoredEither() {
        remindersCannotBePlanned(TestDesk::open);
    }

    @Test
    void aCaseWhoseRemindersCannotBePlannedIsNotStoredOnPostgres() {
        remindersCannotBePlanned(TestDesk::openPostgres);
    }

    private void confirmWhoseDraftCannotBeDropped(Function<Path, TestDesk> open) {
        try (TestDesk desk = open.apply(dir)) {
            ChatScript alice = atSummary(desk);
            sql(desk, "ALTER TABLE dialog RENAME TO dialog_away");
            alice.send("confirm").expect(SORRY).expectNone("opened");
            sql(desk, "ALTER TABLE dialog_away RENAME TO dialog");
            assertThat(desk.stores().stores().cases().all("acme", 10)).isEmpty();

            alice.send("confirm").expectAny("Case #1 opened");
            assertThat(desk.stores().stores().cases().all("acme", 10)).singleElement()
                    .satisfies(c -> assertThat(audit(desk).check(c)).isEmpty());
            alice.send("confirm").expectNone("opened");
            assertThat(desk.stores().stores().cases().all("acme", 10)).hasSize(1);
        }
    }

    private void remindersCannotBePlanned(Function<Path, TestDesk> open) {
        try (TestDesk desk = open.apply(dir)) {
            ChatScript alice = atSummary(desk);
            sql(desk, "ALTER TABLE reminders RENAME TO reminders_away");
            alice.send("confirm").expect(SORRY).expectNone("opened");
            sql(desk, "ALTER TABLE reminders_away RENAME TO reminders");
            assertThat(desk.stores().stores().cases().all("acme", 10)).isEmpty();

            alice.send("confirm").expectAny("Case #1 opened");
            DisputeCase opened = desk.stores().stores().cases().byNumber("acme", new CaseNumber(1)).orElseThrow();
            assertThat(audit(desk).check(opened)).isEmpty();

            sql(desk, "ALTER TABLE reminders RENAME TO reminders_away");
            alice.send("/offer 1 1").expect(SORRY);
            alice.send("/close 1 withdrawn").expect(SORRY);
            sql(desk, "ALTER TABLE reminders_away RENAME TO reminders");
            DisputeCase unchanged = desk.stores().stores().cases().byNumber("acme", new CaseNumber(1)).orElseThrow();
            assertThat(unchanged.state()).isEqualTo(CaseState.OPEN);
            assertThat(unchanged.version()).isEqualTo(opened.version());

            alice.send("/offer 1 1").expect("recorded as sent");
            DisputeCase offered = desk.stores().stores().cases().byNumber("acme", new CaseNumber(1)).orElseThrow();
            assertThat(offered.state()).isEqualTo(CaseState.AWAITING_BUYER);
            assertThat(audit(desk).check(offered)).isEmpty();
        }
    }

    /** Alice's intake of a Temu order, answered up to its summary. */
    private static ChatScript atSummary(TestDesk desk) {
        return desk.chat().send("/new").press("Temu").send("PO-211-1234567890123").send("@shopper_99")
                .press("German (de)").press("Counterfeit claim").send("USD 40").press("Partial refund")
                .send("12.5").send("skip").send("skip").send("none").send("today").expectAny("Confirm");
    }

    private static void sql(TestDesk desk, String statement) {
        desk.stores().jdbc().update(statement);
    }

    static ReminderAudit audit(TestDesk desk) {
        com.disputedesk.core.team.TeamSettings settings = new com.disputedesk.core.team.TeamSettings(
                desk.stores().stores().settings());
        return new ReminderAudit(new com.disputedesk.core.store.JdbcReminderStore(desk.stores().dataSource()),
                desk.stores().stores().cases(), new com.disputedesk.core.team.TeamDirectory(
                java.util.List.of(TestDesk.TEAM)), settings, DeadlineSource.of(TestDesk.remedies(), desk.stores().stores().cases()),
                desk.clock());
    }
}
