package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.testkit.DeskTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * /cases ranks open cases by the nearest marketplace clock running on each, shows its time left, and lists as overdue
 * those whose running clock has passed: an offer stops AliExpress's 5 days to answer, so what counts then is the
 * day AliExpress steps in.
 */
class CasesUrgencyTest extends DeskTest {
    /** Monday 2 March 2026, 09:00 in Warsaw. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theNearestRunningClockOrdersTheListAndDecidesWhatIsOverdue() {
        desk.clock().set(MONDAY);
        openCase("8100000000000001", "today 08:30");
        openCase("8100000000000002", "today 08:45");

        String[] before = desk.chat().send("/cases").expect("Cases (open): 2").lastReply().text().split("\n");
        assertThat(before[1]).startsWith("#1 · ").contains("due in 4d 23h");
        assertThat(before[2]).startsWith("#2 · ").contains("due in 4d 23h");

        desk.chat().send("/offer 1 1").expectAny("recorded as sent");

        String[] after = desk.chat().send("/cases").lastReply().text().split("\n");
        assertThat(after[1]).startsWith("#2 · ").contains("due in 4d 23h");
        assertThat(after[2]).startsWith("#1 · ").contains("due in 6d 23h");

        // Saturday 7 March, 09:00 Warsaw: case 2's 5 days ran out at 08:45; case 1 has until Monday 08:30
        desk.clock().set(Instant.parse("2026-03-07T08:00:00Z"));
        String overdue = desk.chat().send("/cases overdue").expect("Cases (overdue): 1").lastReply().text();
        assertThat(overdue).contains("#2 · ").contains("overdue by 15m").doesNotContain("#1 · ");
        String open = desk.chat().send("/cases").lastReply().text();
        assertThat(open).contains("#1 · ").contains("due in 1d 23h");
    }

    @Test
    void aDatabaseThatStoredTheFirstDeadlineRanksByTheNearestRunningClockAfterTheUpgrade() {
        desk.clock().set(MONDAY);
        openCase("8100000000000001", "today 08:30");
        openCase("8100000000000002", "today 08:45");
        desk.chat().send("/offer 1 1");
        // as an older version left it: case 1 stored with the deadline of its opening, 7 March 07:30 UTC, and the
        // migration that forgets it not applied yet
        desk.stores().jdbc().update("UPDATE dispute_case SET due_at = ? WHERE number = 1",
                Instant.parse("2026-03-07T07:30:00Z").toEpochMilli());
        desk.stores().jdbc().update("DELETE FROM flyway_schema_history WHERE version = '21.1'");

        desk = desk.restart();

        String[] lines = desk.chat().send("/cases").lastReply().text().split("\n");
        assertThat(lines[1]).startsWith("#2 · ");
        assertThat(lines[2]).startsWith("#1 · ").contains("due in 6d 23h");
    }

    private void openCase(String order, String opened) {
        desk.chat().send("/new").press("AliExpress").send(order).send("Ana").send("es").press("Wrong size")
                .send("25.90 USD").press("Full refund").send("skip").send("skip").send("none").send(opened)
                .send("confirm").expectAny("opened");
    }
}
