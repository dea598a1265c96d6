package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import org.junit.jupiter.api.Test;

/** /help, /lang, and the two languages of the commands. */
class LangAndHelpCommandsTest extends DeskTest {
    @Test
    void helpListsTheCommandsGrouped() {
        String help = desk.chat().send("/help").lastReply().text();
        assertThat(help).contains("Cases:", "Working a case:", "Evidence:", "Quick help:", "Team:")
                .contains("/case", "/cases", "/offer", "/reply", "/close", "/evidence", "/remedy", "/template", "/lang",
                        "/new", "/stats", "/claim", "/settings");
    }

    @Test
    void everyCommandHelpNamesIsAnswered() {
        String help = desk.chat().send("/help").lastReply().text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/([a-z]+)").matcher(help);
        int i = 0;
        while (m.find()) {
            // each in its own member's chat, so a dialog one of them starts does not take the next
            com.disputedesk.core.chat.Member someone = new com.disputedesk.core.chat.Member(
                    com.disputedesk.core.chat.Platform.CONSOLE, "m" + i++, "Member " + i);
            desk.chat(TestDesk.CONSOLE, someone).send("/" + m.group(1)).expectNone("Unknown command");
        }
        assertThat(i).isGreaterThan(10);
    }

    @Test
    void afterLangZhTheTeamIsAnsweredInChinese() {
        CaseFixture.on(desk).create();
        desk.chat().send("/lang zh").expect("我现在用中文");
        desk.chat().send("/case 1").expect("案件 #1 · 处理中").expectAny("尺码不对");
        desk.chat().send("/offer 1 99").expect("案件 #1 没有方案 99").expectAny("用法：/offer");
        desk.chat().send("/cases").expect("案件（未结）：1 个");
        desk.chat(TestDesk.CONSOLE, TestDesk.BOB).send("/help").expect("DisputeDesk 命令");

        desk.chat().send("/lang en").expect("I now speak English");
        desk.chat().send("/help").expect("DisputeDesk commands");
    }

    @Test
    void theLanguageSurvivesARestart() {
        desk.chat().send("/lang zh");
        desk = desk.restart();
        desk.chat().send("/cases").expect("目前没有未结案件");
    }

    @Test
    void onlyAnAdminChangesTheLanguage() {
        desk.chat(TestDesk.CONSOLE, TestDesk.BOB).send("/lang zh")
                .expect("Only a team admin can use /lang.");
        desk.chat().send("/help").expect("DisputeDesk commands");
    }

    @Test
    void aBadLanguageGetsTheUsage() {
        desk.chat().send("/lang fr").expect("Usage: /lang en|zh, e.g. /lang zh");
        desk.chat().send("/lang").expect("Usage: /lang en|zh");
        desk.chat().send("/help").expect("DisputeDesk commands");
    }

    @Test
    void everyDomainValueHasALabelInBothLanguages() {
        for (UiLanguage lang : UiLanguage.values()) {
            for (var r : com.disputedesk.core.cases.Reason.values()) {
                assertThat(Glossary.label(lang, r)).isNotBlank();
            }
            for (var k : com.disputedesk.core.cases.OfferKind.values()) {
                assertThat(Glossary.label(lang, k)).isNotBlank();
            }
            for (var o : com.disputedesk.core.cases.Outcome.values()) {
                assertThat(Glossary.label(lang, o)).isNotBlank();
            }
            for (var s : com.disputedesk.core.cases.CaseState.values()) {
                assertThat(Glossary.label(lang, s)).isNotBlank();
            }
            for (var k : com.disputedesk.core.cases.RequestKind.values()) {
                assertThat(Glossary.label(lang, k)).isNotBlank();
            }
            for (var e : com.disputedesk.core.cases.EvidenceKind.values()) {
                assertThat(Glossary.label(lang, e)).isNotBlank();
            }
            for (var s : com.disputedesk.core.cases.CarrierStatus.values()) {
                assertThat(Glossary.label(lang, s)).isNotBlank();
            }
            for (var k : com.disputedesk.core.cases.TimelineEntry.Kind.values()) {
                assertThat(Glossary.label(lang, k)).isNotBlank();
            }
            for (var f : com.disputedesk.core.cases.CaseFilter.values()) {
                assertThat(Glossary.label(lang, f)).isNotBlank();
            }
        }
    }
}
