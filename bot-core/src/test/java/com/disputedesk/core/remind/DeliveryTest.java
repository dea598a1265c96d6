package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Outgoing MESSAGE = new Outgoing(ChatRef.of(Platform.TELEGRAM, "-1001"),
            Reply.text("Case #1: the buyer has not answered"), Optional.empty());

    @Test
    void aFailedSendComesBackAfterABackoffThatDoublesUpToTheLongestWait() {
        Delivery delivery = new Delivery(m -> {
            throw new IllegalStateException("Telegram is down");
        }, SchedulerConfig.standard()); // first retry after 5 s, never more than 10 min apart
        ClaimedBatch claim = new ClaimedBatch("test/1");

        for (int failedBefore : new int[] {0, 1, 2, 6, 7, 30}) {
            assertThat(delivery.send(reminder(failedBefore), claim, NOW, MESSAGE)).isFalse();
        }

        assertThat(claim.settlements()).extracting(s -> Duration.between(NOW, s.nextDue().orElseThrow()))
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                        Duration.ofSeconds(320), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(claim.settlements()).extracting(ReminderStore.Settlement::attempts)
                .containsExactly(1, 2, 3, 7, 8, 31);
        assertThat(claim.settlements()).allSatisfy(s -> {
            assertThat(s.sent()).isFalse();
            assertThat(s.error()).hasValueSatisfying(e -> assertThat(e).contains("Telegram is down"));
        });
    }

    @Test
    void aSentMessageLeavesTheReminderForTheCallerToMark() {
        List<Outgoing> delivered = new ArrayList<>();
        Delivery delivery = new Delivery(delivered::add, SchedulerConfig.standard());
        ClaimedBatch claim = new ClaimedBatch("test/1");

        assertThat(delivery.send(reminder(2), claim, NOW, MESSAGE)).isTrue();

        assertThat(delivered).containsExactly(MESSAGE);
        assertThat(claim.settlements()).isEmpty();
    }

    private static Reminder reminder(int failedBefore) {
        return new Reminder("c1.followup", "acme", 1, 1, ReminderKind.FOLLOW_UP, Duration.ZERO,
                NOW.minus(Duration.ofHours(1)), failedBefore);
    }
}
