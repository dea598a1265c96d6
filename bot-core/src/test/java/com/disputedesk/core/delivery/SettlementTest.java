package com.disputedesk.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What one try of a queued message leads to, with Telegram's default retry settings (8 tries, 500 ms to 30 s). */
class SettlementTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 8);

    private static Verdict failed() {
        return Verdict.failed("502 Bad Gateway");
    }

    @Test
    void aTakenMessageLeavesTheQueueWithoutHoldingTheChat() {
        Settlement s = Settlement.of(Verdict.sent(), 0, backoff);
        assertThat(s.step()).isEqualTo(Settlement.Step.DELIVERED);
        assertThat(s.ends()).isTrue();
        assertThat(s.hold()).isZero();
    }

    @Test
    void a429WaitsItsRetryAfterAndCountsNoTry() {
        Settlement s = Settlement.of(Verdict.rateLimited(Duration.ofSeconds(7)), 3, backoff);
        assertThat(s.step()).isEqualTo(Settlement.Step.WAIT);
        assertThat(s.hold()).isEqualTo(Duration.ofSeconds(7));
        assertThat(s.ends()).isFalse();
        assertThat(s.countsTry()).isFalse();
    }

    @Test
    void failedTriesBackOffDoublingUpToTheLongestWait() {
        assertThat(Settlement.of(failed(), 0, backoff))
                .isEqualTo(new Settlement(Settlement.Step.RETRY, 1, Duration.ofMillis(500), "502 Bad Gateway"));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theEighthFailedTryGivesUp() {
        Settlement seventh = Settlement.of(failed(), 6, backoff);
        assertThat(seventh.step()).isEqualTo(Settlement.Step.RETRY);
        assertThat(seventh.countsTry()).isTrue();

        Settlement eighth = Settlement.of(failed(), 7, backoff);
        assertThat(eighth.step()).isEqualTo(Settlement.Step.GIVE_UP);
        assertThat(eighth.tries()).isEqualTo(8);
        assertThat(eighth.ends()).isTrue();
        assertThat(eighth.hold()).isZero();
    }

    @Test
    void aRefusedMessageEndsAsFailedWithItsReasonButAMootOneIsJustDropped() {
        Refusal refusal = new Refusal(Refusal.Reason.MISSING_PERMISSION, Optional.empty(), "#disputes",
                "50013 Missing Permissions");
        Settlement send = Settlement.of(Verdict.refused(refusal), 2, backoff);
        assertThat(send.step()).isEqualTo(Settlement.Step.REFUSED);
        assertThat(send.tries()).isEqualTo(3);
        assertThat(send.ends()).isTrue();
        assertThat(send.error()).isEqualTo("missing_permission in #disputes: 50013 Missing Permissions");

        Settlement edit = Settlement.of(new Verdict.Moot("message to edit not found"), 0, backoff);
        assertThat(edit.step()).isEqualTo(Settlement.Step.DROPPED);
        assertThat(edit.ends()).isTrue();
    }

    @Test
    void aBackoffThatNeverGivesUpKeepsWaitingAtItsLongest() {
        Backoff forever = Backoff.forever(Duration.ofSeconds(5), Duration.ofMinutes(10));
        assertThat(forever.exhausted(1_000_000)).isFalse();
        assertThat(forever.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(forever.after(100)).isEqualTo(Duration.ofMinutes(10));
    }
}
