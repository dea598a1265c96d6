package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** What one try of a queued Telegram call leads to, with the default retry settings (8 tries, 500 ms to 30 s). */
class RetryPolicyTest {
    private static final OutboundMessage SEND = new OutboundMessage(OutboundMessage.Kind.SEND, 42, null, null, null,
            null, "hello", List.of(), false, false, null);
    private static final OutboundMessage EDIT = OutboundMessage.edit(42, 7, "done", List.of());
    private static final IntSupplier NOT_ASKED = () -> {
        throw new AssertionError("the tries so far do not matter here");
    };

    private final RetryPolicy policy = new RetryPolicy(TelegramSettings.Retry.defaults());

    private static SendOutcome failed(SendOutcome.Outcome outcome) {
        return new SendOutcome(outcome, "502 Bad Gateway", Duration.ZERO);
    }

    @Test
    void aTakenCallLeavesTheQueueWithoutHoldingTheChat() {
        RetryPolicy.Verdict v = policy.judge(new SendOutcome(SendOutcome.Outcome.DONE, null, Duration.ZERO), SEND,
                NOT_ASKED);
        assertThat(v.step()).isEqualTo(RetryPolicy.Step.DELIVERED);
        assertThat(v.ends()).isTrue();
        assertThat(v.hold()).isZero();
    }

    @Test
    void a429WaitsItsRetryAfterAndCountsNoTry() {
        RetryPolicy.Verdict v = policy.judge(
                new SendOutcome(SendOutcome.Outcome.RETRY_SAME, null, Duration.ofSeconds(7)), SEND, NOT_ASKED);
        assertThat(v.step()).isEqualTo(RetryPolicy.Step.WAIT);
        assertThat(v.hold()).isEqualTo(Duration.ofSeconds(7));
        assertThat(v.ends()).isFalse();
        assertThat(v.countsTry()).isFalse();
    }

    @Test
    void failedTriesBackOffDoublingUpToTheLongestWait() {
        assertThat(policy.judge(failed(SendOutcome.Outcome.RETRY_COUNTED), SEND, () -> 0))
                .isEqualTo(new RetryPolicy.Verdict(RetryPolicy.Step.RETRY, 1, Duration.ofMillis(500),
                        "502 Bad Gateway"));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theEighthFailedTryGivesUp() {
        RetryPolicy.Verdict seventh = policy.judge(failed(SendOutcome.Outcome.RETRY_COUNTED), SEND, () -> 6);
        assertThat(seventh.step()).isEqualTo(RetryPolicy.Step.RETRY);
        assertThat(seventh.countsTry()).isTrue();

        RetryPolicy.Verdict eighth = policy.judge(failed(SendOutcome.Outcome.RETRY_COUNTED), SEND, () -> 7);
        assertThat(eighth.step()).isEqualTo(RetryPolicy.Step.GIVE_UP);
        assertThat(eighth.tries()).isEqualTo(8);
        assertThat(eighth.ends()).isTrue();
        assertThat(eighth.hold()).isZero();
    }

    @Test
    void aRefusedMessageEndsAsFailedButARefusedEditIsJustDropped() {
        RetryPolicy.Verdict send = policy.judge(failed(SendOutcome.Outcome.REJECTED), SEND, () -> 2);
        assertThat(send.step()).isEqualTo(RetryPolicy.Step.REFUSED);
        assertThat(send.tries()).isEqualTo(3);
        assertThat(send.ends()).isTrue();

        RetryPolicy.Verdict edit = policy.judge(failed(SendOutcome.Outcome.REJECTED), EDIT, NOT_ASKED);
        assertThat(edit.step()).isEqualTo(RetryPolicy.Step.EDIT_DROPPED);
        assertThat(edit.ends()).isTrue();
    }
}
