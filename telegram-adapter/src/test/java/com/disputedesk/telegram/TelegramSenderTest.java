package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.Backoff;
import com.disputedesk.core.delivery.Refusal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Telegram's refusals are sorted for the team, and the outbox's retry rule from the settings. */
class TelegramSenderTest {
    private static final OutboundMessage SEND = new OutboundMessage(OutboundMessage.Kind.SEND, -10042, 7, null, null,
            null, "hello", List.of(), false, false, null, null);

    @Test
    void telegramsDescriptionsAreSortedIntoWhatTheTeamCanFix() {
        assertThat(TelegramSender.reason("400 Bad Request: not enough rights to send text messages to the chat"))
                .isEqualTo(Refusal.Reason.MISSING_PERMISSION);
        assertThat(TelegramSender.reason("403 Forbidden: bot was kicked from the supergroup chat"))
                .isEqualTo(Refusal.Reason.MISSING_PERMISSION);
        assertThat(TelegramSender.reason("400 Bad Request: chat not found")).isEqualTo(Refusal.Reason.UNKNOWN_PLACE);
        assertThat(TelegramSender.reason("400 Bad Request: message is too long")).isEqualTo(Refusal.Reason.TOO_LARGE);
        assertThat(TelegramSender.reason("400 Bad Request: can't parse entities")).isEqualTo(Refusal.Reason.REJECTED);
    }

    @Test
    void aRefusalNamesTheChatAndTopicTheMessageWasFor() {
        Refusal r = TelegramSender.refusal(SEND, "400 Bad Request: chat not found");
        assertThat(r.chat()).contains(ChatRef.of(Platform.TELEGRAM, "-10042").inThread("7"));
        assertThat(r.place()).isEqualTo("-10042");
    }

    @Test
    void theDefaultRetrySettingsTryEightTimesFromHalfASecondToThirtySeconds() {
        Backoff b = DeliveryQueue.backoff(TelegramSettings.Retry.defaults());
        assertThat(b).isEqualTo(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 8));
    }
}
