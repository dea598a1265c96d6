package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.HandlerBot;
import com.disputedesk.core.testkit.PingCommand;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The Telegram menu is generated from the core's declarations: every command, nothing else, in every language. */
class CommandMenuTest {

    @Test
    void theMenuListsExactlyTheCommandsTheDeskDeclaresInEveryLanguage(@TempDir Path dir) {
        try (TestDesk desk = TestDesk.open(dir)) {
            List<String> declared = desk.desk().bot().commands().stream().map(CommandSpec::name).toList();
            CommandMenu menu = new CommandMenu(desk.desk().bot().commands());

            assertThat(declared).contains("unassign", "lang", "settings", "new", "help");
            for (UiLanguage lang : UiLanguage.values()) {
                assertThat(menu.commands(lang)).extracting(BotCommand::getCommand)
                        .containsExactlyElementsOf(declared);
                assertThat(menu.commands(lang)).allSatisfy(c -> {
                    assertThat(c.getCommand()).matches("[a-z0-9_]{1,32}");
                    assertThat(c.getDescription().length()).isBetween(3, CommandMenu.MAX_DESCRIPTION);
                });
            }
            assertThat(menu.commands(UiLanguage.ZH)).extracting(BotCommand::getDescription).contains("新建案件（引导式）");
        }
    }

    @Test
    void aCommandDeclaredInAFixtureAppearsWithItsBundleDescription() {
        Bot bot = HandlerBot.over(new RecordingOutbox(), Clock.systemUTC(), List.of(new PingCommand()));
        CommandMenu menu = new CommandMenu(bot.commands());

        assertThat(menu.commands(UiLanguage.EN)).extracting(c -> c.getCommand() + " " + c.getDescription())
                .containsExactly("ping ping a case a few times", "help what I can do");
        assertThat(menu.commands(UiLanguage.ZH)).extracting(c -> c.getCommand() + " " + c.getDescription())
                .containsExactly("ping 提醒某个案件几次", "help 我能做什么");
    }

    @Test
    void theFirstLanguageIsTheDefaultMenuAndEachOtherHasItsCode() {
        assertThat(CommandMenu.languageCode(UiLanguage.EN)).isEmpty();
        assertThat(CommandMenu.languageCode(UiLanguage.ZH)).contains("zh");
    }
}
