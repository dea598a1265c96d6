package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up sweep: reminders that do not match their case's state (rows lost, or left waiting, as a database
 * written by an older version or changed by hand may have them) are repaired when the desk starts again.
 */
class ReminderSweepTest {
    @TempDir
    Path dir;

    @Test
    void anOpenCaseWhoseRemindersWereDeletedGetsThemBackAtRestart() {
        TestDesk desk = TestDesk.open(dir);
        try {
            openCase(desk, "PO-211-1234567890123");
            DisputeCase c = caseNumber(desk, 1);
            List<String> planned = ids(desk, c);
            assertThat(planned).contains("c" + c.id() + ".respond.overdue");
            desk.stores().jdbc().update("DELETE FROM reminders WHERE case_id = ?", c.id());
            assertThat(AtomicCaseChangesTest.audit(desk).check(c)).hasValueSatisfying(f -> {
                assertThat(f.missingIds()).containsExactlyInAnyOrderElementsOf(planned);
                assertThat(f.left()).isEmpty();
            });

            desk = desk.restart();
            desk.desk().reminders().start();

            assertThat(ids(desk, c)).containsAll(planned);
            assertThat(AtomicCaseChangesTest.audit(desk).findAll()).isEmpty();
        } finally {
            desk.close();
        }
    }

    @Test
    void aClosedCaseWithRemindersLeftWaitingHasThemStoppedAtRestart() {
        TestDesk desk = TestDesk.open(dir);
        try {
            openCase(desk, "PO-211-1234567890123");
            desk.chat().send("/close 1 withdrawn").expectAny("#1");
            DisputeCase c = caseNumber(desk, 1);
            desk.stores().jdbc().update("UPDATE reminders SET state = 'PENDING' WHERE case_id = ?", c.id());
            List<String> all = ids(desk, c);
            assertThat(AtomicCaseChangesTest.audit(desk).findAll()).singleElement().satisfies(f -> {
                assertThat(f.missing()).isEmpty();
                assertThat(f.left()).containsExactlyInAnyOrderElementsOf(all);
            });

            desk = desk.restart();
            desk.desk().reminders().start();

            assertThat(waiting(desk, c)).isZero();
            assertThat(AtomicCaseChangesTest.audit(desk).findAll()).isEmpty();
        } finally {
            desk.close();
        }
    }

    @Test
    void aCaseAwaitingTheBuyerGetsItsFollowUpBackAndNoDeadlineNaggingAtRestart() {
        TestDesk desk = TestDesk.open(dir);
        try {
            openCase(desk, "PO-211-1234567890123");
            desk.chat().send("/offer 1 1").expect("recorded as sent");
            DisputeCase c = caseNumber(desk, 1);
            desk.stores().jdbc().update("DELETE FROM reminders WHERE id = ?", "c" + c.id() + ".followup");
            desk.stores().jdbc().update("UPDATE reminders SET state = 'PENDING' WHERE id = ?",
                    "c" + c.id() + ".respond.overdue");
            assertThat(AtomicCaseChangesTest.audit(desk).check(c)).hasValueSatisfying(f -> {
                assertThat(f.missingIds()).containsExactly("c" + c.id() + ".followup");
                assertThat(f.left()).containsExactly("c" + c.id() + ".respond.overdue");
            });

            desk = desk.restart();
            desk.desk().reminders().start();

            assertThat(ids(desk, c)).contains("c" + c.id() + ".followup");
            assertThat(AtomicCaseChangesTest.audit(desk).findAll()).isEmpty();
        } finally {
            desk.close();
        }
    }

    @Test
    void aWarningAlreadySentIsNotSentAgainWhenItsCaseIsRepaired() {
        try (TestDesk desk = TestDesk.open(dir)) {
            openCase(desk, "PO-211-1234567890123");
            // Temu's window is inside the 48 h lead: the first warning goes out at once
            assertThat(desk.desk().reminders().runDue(desk.clock().instant())).isEqualTo(1);
            DisputeCase c = caseNumber(desk, 1);
            desk.stores().jdbc().update("DELETE FROM reminders WHERE id = ?", "c" + c.id() + ".respond.overdue");

            assertThat(desk.desk().reminders().sweep()).isEqualTo(1);

            assertThat(ids(desk, c)).contains("c" + c.id() + ".respond.overdue");
            assertThat(desk.desk().reminders().runDue(desk.clock().instant())).isZero();
            assertThat(desk.desk().reminders().sweep()).isZero();
        }
    }

    private static void openCase(TestDesk desk, String order) {
        desk.chat().send("/new").press("Temu").send(order).send("@shopper_99")
                .press("German (de)").press("Counterfeit claim").send("USD 40").press("Partial refund")
                .send("12.5").send("skip").send("skip").send("none").send("today").send("confirm")
                .expectAny("opened");
    }

    private static DisputeCase caseNumber(TestDesk desk, int n) {
        return desk.stores().stores().cases().byNumber("acme", new CaseNumber(n)).orElseThrow();
    }

    private static List<String> ids(TestDesk desk, DisputeCase c) {
        return desk.stores().jdbc().query("SELECT id FROM reminders WHERE case_id = ? ORDER BY id",
                rs -> rs.getString(1), c.id());
    }

    private static int waiting(TestDesk desk, DisputeCase c) {
        return desk.stores().jdbc().queryOne("SELECT COUNT(*) FROM reminders WHERE case_id = ?"
                + " AND state IN ('PENDING', 'CLAIMED')", rs -> rs.getInt(1), c.id()).orElseThrow();
    }
}
