package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.bot.Completion;
import com.disputedesk.core.bot.CompletionRequest;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command of the desk is declared with its words in every team language, and suggestions come from the core. */
class CommandSurfacesTest extends DeskTest {

    @Test
    void everyDeclaredCommandHasItsWordsInEveryLanguageAndIsInHelp() {
        CommandTexts texts = new CommandTexts();
        List<CommandSpec> specs = desk.desk().bot().commands();
        assertThat(specs).extracting(CommandSpec::name).contains("new", "cancel", "back", "skip", "case", "cases",
                "remedy", "template", "offer", "reply", "close", "evidence", "claim", "assign", "unassign", "settings",
                "lang", "stats", "help");
        for (UiLanguage lang : UiLanguage.values()) {
            String help = texts.help(specs, lang);
            for (CommandSpec spec : specs) {
                assertThat(texts.description(spec, lang)).isNotBlank();
                for (Param<?> p : spec.params()) {
                    assertThat(texts.paramName(spec, p, lang)).isNotBlank();
                }
                if (spec.file()) {
                    assertThat(texts.fileName(spec, lang)).isNotBlank();
                }
                assertThat(help).contains(texts.synopsis(spec, lang) + " " + texts.description(spec, lang));
            }
        }
    }

    @Test
    void aCaseIsNamedByOrderIdInEveryCommandThatTakesOne() {
        CaseFixture.on(desk).order("8100000000000777").create();

        desk.chat().send("/unassign 8100000000000777").expect("Case #1 has no owner now");
        desk.chat().send("/claim 8100000000000777").expect("You now own case #1");
        desk.chat().send("/assign 8100000000000777 me").expect("Case #1 is now owned by Alice");
        desk.chat().send("/case 8100000000000777").expect("Case #1");
        desk.chat().send("/offer 8100000000000777 1").expect("Case #1: recorded as sent");
        desk.chat().send("/reply 8100000000000777 rejected").expect("Case #1: the buyer rejected offer 1");
        desk.chat().send("/evidence 8100000000000777").expect("Case #1 has no evidence files yet.");
        desk.chat().send("/close 8100000000000777 kept").expect("Case #1 closed");
    }

    @Test
    void langAndSettingsLanguageAreOneChange() {
        desk.chat().send("/settings language zh").expect("已保存").expectAny("我现在用中文");
        desk.chat().send("/lang en").expect("Saved. Language: en.").expectAny("I now speak English");
        desk.chat().send("/settings").expect("Language: en");
    }

    @Test
    void caseSuggestionsComeFromTheCoreForTheTeamOwningTheChat() {
        CaseFixture.on(desk).order("8100000000000011").buyer("Rosa").create();
        CaseFixture.on(desk).order("8100000000000022").buyer("Tomás").create();

        List<Completion> byBuyer = desk.desk().bot().complete(new CompletionRequest(TestDesk.CONSOLE, TestDesk.ALICE,
                "offer", "case", "tom"));
        List<Completion> anyCase = desk.desk().bot().complete(new CompletionRequest(TestDesk.CONSOLE, TestDesk.ALICE,
                "case", "number", ""));
        List<Completion> notACase = desk.desk().bot().complete(new CompletionRequest(TestDesk.CONSOLE,
                TestDesk.ALICE, "close", "outcome", "k"));
        List<Completion> stranger = desk.desk().bot().complete(new CompletionRequest(
                ChatRef.of(Platform.DISCORD, "4242"), TestDesk.ALICE, "case", "number", ""));

        assertThat(byBuyer).containsExactly(new Completion("#2 · 8100000000000022 · Tomás", "2"));
        assertThat(anyCase).extracting(Completion::value).containsExactly("2", "1");
        assertThat(notACase).isEmpty();
        assertThat(stranger).isEmpty();
    }
}
