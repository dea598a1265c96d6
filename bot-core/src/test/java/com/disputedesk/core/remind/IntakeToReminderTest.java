package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine: a case opened with /new is reminded about, and /claim moves the pings to the new owner. */
class IntakeToReminderTest {
    @TempDir
    Path dir;

    @Test
    void aCaseOpenedByIntakeIsRemindedToItsOwnerAndFollowsAClaim() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.chat().send("/new").press("Temu").send("PO-211-1234567890123").send("@shopper_99")
                    .press("German (de)").press("Counterfeit claim").send("USD 40").press("Partial refund")
                    .send("12.5").send("skip").send("skip").send("none").send("today").send("confirm")
                    .expectAny("Case #1 opened");

            // Temu's window (2 days from the start of today in Warsaw) is inside the 48 h lead: warned at once.
            List<Outgoing> first = due(desk, desk.clock().instant());
            assertThat(first).singleElement().satisfies(o -> {
                assertThat(o.chat()).isEqualTo(TestDesk.CONSOLE);
                assertThat(o.reply().mention()).contains(TestDesk.ALICE);
                assertThat(o.reply().text()).contains("Case #1 (Temu, order PO-211-1234567890123)",
                        "deadline is in 1d 15h");
            });

            ChatScript bob = desk.chat(TestDesk.CONSOLE, TestDesk.BOB);
            bob.send("/claim 1").expect("You now own case #1");

            List<Outgoing> second = due(desk, Instant.parse("2026-03-02T23:00:00Z"));
            assertThat(second).singleElement().satisfies(o -> {
                assertThat(o.reply().mention()).contains(TestDesk.BOB);
                assertThat(o.reply().text()).contains("deadline is in 1d");
            });
            Choice done = second.get(0).reply().choices().stream().filter(c -> c.label().equals("Done")).findFirst()
                    .orElseThrow();
            bob.deliver(new Inbound.ChoicePicked(TestDesk.CONSOLE, TestDesk.BOB, done.id(), Optional.empty()))
                    .expect("Reminder stopped");
            bob.send("/settings").expect("Deadline warnings before: 2d, 1d, 4h");
        }
    }

    private static List<Outgoing> due(TestDesk desk, Instant at) {
        desk.outbox().drain();
        desk.clock().set(at);
        desk.desk().reminders().runDue(at);
        return desk.outbox().drain();
    }
}
