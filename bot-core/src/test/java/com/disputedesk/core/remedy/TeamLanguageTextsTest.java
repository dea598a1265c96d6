package com.disputedesk.core.remedy;

import com.disputedesk.core.testkit.ConfigFixture;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the playbook writes for the team reaches each team in its own language, and in English where the
 * playbook has no text in it.
 */
class TeamLanguageTextsTest {
    private static final String HINT = "      hint: \"15 to 20 digits, e.g. 8181234567890123\"\n";

    @TempDir
    Path dir;

    @Test
    void anOrderIdHintWrittenInChineseIsWhatAChineseTeamReadsAndEnglishTeamsKeepTheEnglishOne() {
        Remedies remedies = ConfigFixture.copyOfShipped(dir.resolve("config"))
                .editPlaybook(HINT, "      hint:\n        en: \"15 to 20 digits, e.g. 8181234567890123\"\n"
                        + "        zh: \"15 到 20 位数字，例如 8181234567890123\"\n")
                .load();

        try (TestDesk desk = TestDesk.open(dir.resolve("desk"), remedies)) {
            desk.chat().send("/new").press("AliExpress").send("123")
                    .expect("That is not a valid AliExpress order number. Expected: 15 to 20 digits, e.g."
                            + " 8181234567890123.");
            desk.chat().send("/cancel");
            desk.stores().stores().settings().put(TestDesk.TEAM.id(), "language", "zh");
            desk.chat().send("/new").press("AliExpress").send("123")
                    .expect("这不是有效的 AliExpress 订单号。格式应为：15 到 20 位数字，例如 8181234567890123。");
        }
    }

    @Test
    void aRungWithoutAChineseWhyShowsAChineseTeamTheEnglishLineAndTheOthersInChinese() {
        Remedies remedies = ConfigFixture.copyOfShipped(dir.resolve("config"))
                .editPlaybook("        why:\n          en: \"Exchange for the right size\"\n          zh: \"换成合适的尺码\"\n",
                        "        why: \"Exchange for the right size\"\n")
                .load();

        try (TestDesk desk = TestDesk.open(dir.resolve("desk"), remedies)) {
            desk.stores().stores().settings().put(TestDesk.TEAM.id(), "language", "zh");
            desk.chat().send("/remedy wrong-size 100 USD aliexpress")
                    .expectAny("Exchange for the right size [wrong-size.exchange]")
                    .expectAny("最后手段 [wrong-size.full-refund]");
        }
    }
}
