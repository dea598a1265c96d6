package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.Backoff;
import com.disputedesk.core.delivery.Codec;
import com.disputedesk.core.delivery.DeliveryEvents;
import com.disputedesk.core.delivery.DeliveryService;
import com.disputedesk.core.delivery.MemoryOutboxStore;
import com.disputedesk.core.delivery.Pacing;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.ReplyCodec;
import com.disputedesk.core.delivery.Verdict;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reminder whose message the platform later refuses (the bot may not post in the case's channel) is recorded
 * as failed with the platform's reason, like its message in the outbox, not as sent.
 */
class RefusedReminderTest {
    @TempDir
    Path dir;

    @Test
    void aReminderThePlatformRefusesIsRecordedFailedWithTheReason() throws Exception {
        AtomicReference<Outbox> route = new AtomicReference<>();
        try (TestDesk desk = TestDesk.open(dir, m -> route.get().send(m))) {
            route.set(desk.outbox());
            desk.chat().send("/new").press("Temu").send("PO-211-1234567890123").send("@shopper_99")
                    .press("German (de)").press("Counterfeit claim").send("USD 40").press("Partial refund")
                    .send("12.5").send("skip").send("skip").send("none").send("today").send("confirm")
                    .expectAny("Case #1 opened");
            DisputeCase c = desk.stores().stores().cases().byNumber("acme", new CaseNumber(1)).orElseThrow();
            JdbcReminderStore reminders = new JdbcReminderStore(desk.stores().dataSource());
            ReminderRefusals refusals = new ReminderRefusals(reminders);

            MemoryOutboxStore table = new MemoryOutboxStore();
            CountDownLatch told = new CountDownLatch(1);
            DeliveryEvents<Outgoing> events = new DeliveryEvents<>() {
                @Override
                public void refused(Outgoing message, Refusal refusal) {
                    refusals.refused(refusal.withButtons(message.reply().choices().stream().map(Choice::id)
                            .toList()));
                    told.countDown();
                }
            };
            try (DeliveryService<Outgoing> platform = new DeliveryService<>("test", table, new OutgoingCodec(),
                    m -> Verdict.refused(new Refusal(Refusal.Reason.MISSING_PERMISSION, Optional.of(m.chat()),
                            "#disputes", "50013 Missing Permissions")),
                    Pacing.holdsOnly(), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 3), desk.clock(),
                    events, 1)) {
                platform.start();
                route.set(m -> platform.enqueue(m));

                // Temu's window is inside the 48 h lead: the first warning is due at once
                assertThat(desk.desk().reminders().runDue(desk.clock().instant())).isEqualTo(1);
                assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(table.failed()).hasSize(1);
            assertThat(reminders.ofCase(c.id())).filteredOn(r -> r.reminder().kind() == ReminderKind.LEAD
                    && r.status() != ReminderStore.Status.PENDING).singleElement().satisfies(r -> {
                        assertThat(r.status()).isEqualTo(ReminderStore.Status.FAILED);
                        assertThat(r.error()).contains(
                                "refused: missing_permission in #disputes: 50013 Missing Permissions");
                    });
            assertThat(AtomicCaseChangesTest.audit(desk).check(c)).isEmpty();
        }
    }

    /** The core's outgoing message kept as its chat and its reply. */
    private static final class OutgoingCodec implements Codec<Outgoing> {
        @Override
        public String encode(Outgoing m) {
            return m.chat().platform() + "|" + m.chat().chatId() + "|" + ReplyCodec.encode(m.reply());
        }

        @Override
        public Outgoing decode(String payload) {
            String[] parts = payload.split("\\|", 3);
            return new Outgoing(ChatRef.of(Platform.valueOf(parts[0]), parts[1]), ReplyCodec.decode(parts[2]),
                    Optional.empty());
        }

        @Override
        public long lane(Outgoing m) {
            return m.chat().chatId().hashCode();
        }
    }
}
