package com.disputedesk.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.HandlerBot;
import com.disputedesk.core.testkit.PingCommand;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A command declared by its handler and bundle lines alone: parsed, answered, and listed in /help. */
class DeclaredCommandTest {
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Bot bot = HandlerBot.over(outbox, Clock.fixed(TestDesk.START, ZoneOffset.UTC),
            List.of(new PingCommand()));

    @Test
    void theHandlerGetsTypedArguments() {
        assertThat(say("/ping #4 3 LOUD")).isEqualTo("pong #4 x3 loud");
        assertThat(say("/ping 8100000000000001 1")).isEqualTo("pong 8100000000000001 x1");
    }

    @Test
    void badInputGetsTheUsageGeneratedFromTheSpecAndTheHandlerDoesNotRun() {
        assertThat(say("/ping")).isEqualTo("Usage: /ping <case> <times> [soft|loud], e.g. /ping 12 2 loud");
        assertThat(say("/ping 3")).isEqualTo("Usage: /ping <case> <times> [soft|loud], e.g. /ping 12 2 loud");
        assertThat(say("/ping 3 9")).isEqualTo("\"9\" is not a valid times. "
                + "Usage: /ping <case> <times> [soft|loud], e.g. /ping 12 2 loud");
        assertThat(say("/ping 3 two")).startsWith("\"two\" is not a valid times.");
        assertThat(say("/ping 3 2 shout")).startsWith("\"shout\" is not a valid tone.");
        assertThat(say("/ping 3 2 loud now")).startsWith("I do not understand \"now\". Usage: /ping");
    }

    @Test
    void theUsageIsInTheTeamsLanguage() {
        CommandTexts texts = new CommandTexts();

        assertThat(texts.usage(PingCommand.SPEC, UiLanguage.ZH))
                .isEqualTo("用法：/ping <案件> <次数> [soft|loud]，例如 /ping 12 2 loud");
        for (UiLanguage lang : UiLanguage.values()) {
            assertThat(texts.usage(PingCommand.SPEC, lang)).contains("/ping", "12 2 loud");
        }
    }

    @Test
    void helpListsTheFixtureCommandWithItsDescription() {
        String help = say("/help");

        assertThat(help).startsWith("DisputeDesk commands").contains("Quick help: /ping <case> <times> [soft|loud] "
                + "ping a case a few times").contains("/help what I can do");
        assertThat(bot.commands()).extracting(CommandSpec::name).containsExactly("ping", "help");
    }

    @Test
    void aCommandForAdminsRefusesOtherMembersBeforeReadingTheArguments() {
        CommandSpec spec = CommandSpec.of("wipe", "fixture", Section.TEAM).adminsOnly().build();
        CommandHandler wipe = new CommandHandler() {
            @Override
            public List<CommandSpec> specs() {
                return List.of(spec);
            }

            @Override
            public void handle(Turn turn, Arguments args) {
                turn.say("wiped");
            }
        };
        Bot withWipe = HandlerBot.over(outbox, Clock.fixed(TestDesk.START, ZoneOffset.UTC), List.of(wipe));

        withWipe.handle(TypedText.parse(TestDesk.CONSOLE, TestDesk.BOB, "/wipe everything", Optional.empty()));
        assertThat(last()).isEqualTo("Only a team admin can use /wipe.");
        withWipe.handle(TypedText.parse(TestDesk.CONSOLE, TestDesk.ALICE, "/wipe", Optional.empty()));
        assertThat(last()).isEqualTo("wiped");
    }

    @Test
    void specsRefuseWhatNoSurfaceCouldShow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandSpec.of("Bad Name", "fixture", Section.TEAM)
                .build()).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandSpec.of("x", "fixture", Section.TEAM)
                .params(PingCommand.TONE, PingCommand.TIMES).build())
                .hasMessageContaining("required param times after an optional");
    }

    private String say(String typed) {
        bot.handle(TypedText.parse(TestDesk.CONSOLE, TestDesk.ALICE, typed, Optional.empty()));
        return last();
    }

    private String last() {
        List<Outgoing> sent = outbox.drain();
        assertThat(sent).hasSize(1);
        return sent.get(0).reply().text();
    }
}
