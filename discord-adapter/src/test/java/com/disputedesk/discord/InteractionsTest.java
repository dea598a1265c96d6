package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.PlatformRef;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final Interactions interactions = new Interactions();

    @Test
    void anInteractionIsAnswerableForFourteenMinutesThenForgotten() {
        PlatformRef first = interactions.register(pending("1", T0));

        assertThat(interactions.find(first, T0.plus(Duration.ofMinutes(14)))).isPresent();
        assertThat(interactions.find(first, T0.plus(Duration.ofMinutes(15)))).isEmpty();

        interactions.register(pending("2", T0.plus(Duration.ofMinutes(20))));
        assertThat(interactions.size()).as("the old one dropped when a new one came").isEqualTo(1);
    }

    @Test
    void refsOfOtherKindsAreNotInteractions() {
        assertThat(interactions.find(MessageRefs.of("2001", "99"), T0)).isEmpty();
        assertThat(MessageRefs.authorOf(MessageRefs.of("2001", "99"))).contains("2001");
    }

    /** The registry reads only the id and the time; nothing is answered here. */
    private static PendingInteraction pending(String id, Instant at) {
        return new PendingInteraction(id, null, ChatRef.of(Platform.DISCORD, "9001"), "2001", UiLanguage.EN, false,
                at);
    }
}
