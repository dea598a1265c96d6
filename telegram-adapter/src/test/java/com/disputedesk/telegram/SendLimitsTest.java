package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Our side of Telegram's flood limits, on a hand-moved clock. */
class SendLimitsTest {
    private static final long GROUP = -1001;
    private static final long PRIVATE = 42;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final SendLimits limits = new SendLimits(TelegramSettings.Limits.telegram());

    private void send(long chat) {
        assertThat(limits.earliest(chat, clock.instant())).isEqualTo(clock.instant());
        limits.started(chat);
        limits.finished(chat, clock.instant());
    }

    @Test
    void oneMessagePerSecondPerChatCountedFromTheAnswer() {
        limits.started(PRIVATE);
        clock.advance(Duration.ofMillis(300));
        limits.finished(PRIVATE, clock.instant());
        assertThat(limits.earliest(PRIVATE, clock.instant())).isEqualTo(clock.instant().plusSeconds(1));
        assertThat(limits.earliest(7, clock.instant())).isEqualTo(clock.instant());
    }

    @Test
    void twentyMessagesPerMinuteToAGroup() {
        for (int i = 0; i < 20; i++) {
            send(GROUP);
            clock.advance(Duration.ofSeconds(1));
        }
        Instant first = Instant.parse("2026-03-02T08:00:00Z");
        assertThat(limits.earliest(GROUP, clock.instant())).isEqualTo(first.plus(Duration.ofMinutes(1)));
        clock.set(first.plus(Duration.ofMinutes(1)));
        assertThat(limits.earliest(GROUP, clock.instant())).isEqualTo(clock.instant());
    }

    @Test
    void thirtyMessagesPerSecondOverallIncludingCallsInFlight() {
        for (int chat = 1; chat <= 29; chat++) {
            send(chat);
        }
        limits.started(30);
        assertThat(limits.earliest(31, clock.instant())).isAfter(clock.instant());
        limits.finished(30, clock.instant());
        assertThat(limits.earliest(31, clock.instant())).isEqualTo(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.earliest(31, clock.instant())).isEqualTo(clock.instant());
    }

    @Test
    void retryAfterHoldsTheChatBack() {
        limits.holdUntil(PRIVATE, clock.instant().plusSeconds(3));
        assertThat(limits.earliest(PRIVATE, clock.instant())).isEqualTo(clock.instant().plusSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        limits.forgetIdle(PRIVATE, clock.instant());
        assertThat(limits.earliest(PRIVATE, clock.instant())).isEqualTo(clock.instant());
    }
}
