package com.disputedesk.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.testkit.HandlerBot;
import com.disputedesk.core.testkit.PingCommand;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Command arguments pass the text policy before their types read them: cleaned, bounded, refusals kept short. */
class ArgumentTextPolicyTest {
    private static final String USAGE = "Usage: /ping <case> <times> [soft|loud], e.g. /ping 12 2 loud";

    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Bot bot = HandlerBot.over(outbox, Clock.fixed(TestDesk.START, ZoneOffset.UTC),
            List.of(new PingCommand()));

    @Test
    void invisibleAndControlCharactersAreRemovedBeforeTheArgumentsAreRead() {
        assertThat(say("/ping 3\u0000 \u202e2\u202c")).isEqualTo("pong 3 x2");
        assertThat(say("/ping \u001b[2J#4 \u200b3 lo\u00adud")).isEqualTo("pong #4 x3 loud");
    }

    @Test
    void argumentsWithNothingVisibleAreRefusedWithTheUsage() {
        assertThat(say("/ping \u200b\u202e \u001b[2J \u2066")).isEqualTo("Nothing visible is left of what you typed "
                + "once invisible and control characters are removed. Nothing was changed. " + USAGE);
    }

    @Test
    void anOverLongArgumentIsRefusedWithItsLimitAndAShortEcho() {
        String reply = say("/ping " + "1".repeat(100) + " 2");

        assertThat(reply).isEqualTo("\"" + "1".repeat(59) + "…\" is too long for the case: 100 characters, "
                + "at most 64. Nothing was changed. " + USAGE);
    }

    @Test
    void aHugeWordIsEchoedShortened() {
        String reply = say("/ping 3 2 " + "x".repeat(10_000));

        assertThat(reply).startsWith("\"" + "x".repeat(59) + "…\" is too long for the tone: 10000 characters, at most 32.")
                .endsWith(USAGE);
        assertThat(reply.length()).isLessThan(300);
        assertThat(say("/ping 3 2 loud " + "y".repeat(10_000))).startsWith("I do not understand \"" + "y".repeat(59)
                + "…\".");
    }

    private String say(String typed) {
        bot.handle(TypedText.parse(TestDesk.CONSOLE, TestDesk.ALICE, typed, Optional.empty()));
        List<Outgoing> sent = outbox.drain();
        assertThat(sent).hasSize(1);
        return sent.get(0).reply().text();
    }
}
