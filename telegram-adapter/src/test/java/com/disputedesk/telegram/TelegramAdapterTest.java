package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team member talking to the bot in a Telegram group, through the real client and a local fake Bot API. */
class TelegramAdapterTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    Harness h;
    FakeBotApi fake;

    @BeforeEach
    void start() {
        h = new Harness(dir);
        fake = h.fake;
        h.startMini();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void registersItsCommandMenuInEnglishAndChinese() {
        await().atMost(WAIT).until(() -> fake.calls("deleteWebhook").size() == 1);
        List<FakeBotApi.Call> menus = fake.calls("setMyCommands");
        assertThat(menus).hasSize(2);
        assertThat(menus.get(0).body().has("language_code")).isFalse();
        assertThat(menus.get(0).body().path("commands").toString()).contains("\"command\":\"ping\"")
                .contains("answer pong");
        assertThat(menus.get(1).body().path("language_code").asText()).isEqualTo("zh");
        assertThat(menus.get(1).body().path("commands").toString()).contains("\"command\":\"ping\"")
                .contains("回答 pong");
        assertThat(fake.calls("deleteWebhook")).hasSize(1);
    }

    @Test
    void answersACommandAddressedToItByName() {
        fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot hello");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong hello"));
        FakeBotApi.Call sent = fake.sentTo(GROUP).get(0);
        assertThat(sent.body().path("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void ignoresCommandsMeantForAnotherBot() {
        fake.text(GROUP, MEMBER, "Ann", "/ping@OtherBot one");
        fake.text(GROUP, MEMBER, "Ann", "/ping two");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong two"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong two");
    }

    @Test
    void buttonsArriveAsAnInlineKeyboardAndAPressIsAnsweredAndMarkedInPlace() {
        fake.text(GROUP, MEMBER, "Ann", "/ask");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        JsonNode prompt = fake.lastMessageTo(GROUP);
        JsonNode keyboard = prompt.path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.get(0).get(0).path("text").asText()).isEqualTo("AliExpress");
        String data = keyboard.get(0).get(0).path("callback_data").asText();
        assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);

        fake.press(MEMBER, "Ann", prompt, data);

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("picked ae"));
        await().atMost(WAIT).until(() -> fake.calls("editMessageText").size() == 1);
        assertThat(fake.calls("answerCallbackQuery")).hasSize(1);
        List<FakeBotApi.Call> edits = fake.calls("editMessageText");
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).body().path("message_id").asInt()).isEqualTo(prompt.path("message_id").asInt());
        assertThat(edits.get(0).text()).isEqualTo("Which marketplace?\n→ <b>AliExpress</b>");
        assertThat(edits.get(0).body().path("reply_markup").path("inline_keyboard").size()).isZero();
    }

    @Test
    void aPressTheEngineIgnoresIsAnsweredButLeavesTheButtons() {
        fake.text(GROUP, MEMBER, "Ann", "/ask");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        fake.press(7, "Bob", fake.lastMessageTo(GROUP), "c1|mk:silent");
        fake.text(GROUP, MEMBER, "Ann", "/ping after");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong after"));
        assertThat(fake.calls("answerCallbackQuery")).hasSize(1);
        assertThat(fake.calls("editMessageText")).isEmpty();
    }

    @Test
    void aFileTheEngineSendsGoesOutAsADocument(@org.junit.jupiter.api.io.TempDir Path files) throws Exception {
        Path export = java.nio.file.Files.writeString(files.resolve("cases.csv"), "id,state\n1,open\n");
        fake.text(GROUP, MEMBER, "Ann", "/file " + export);
        await().atMost(WAIT).until(() -> fake.calls("sendDocument").size() == 1);
        assertThat(fake.textsTo(GROUP)).containsExactly("Here is the export");
        FakeBotApi.Call doc = fake.calls("sendDocument").get(0);
        assertThat(doc.body().path("chat_id").asText()).isEqualTo(String.valueOf(GROUP));
        assertThat(doc.body().path("document").asText()).endsWith("cases.csv");
    }

    @Test
    void aStaleOrForeignButtonIsStillAnswered() {
        fake.text(GROUP, MEMBER, "Ann", "/ping first");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        fake.press(MEMBER, "Ann", fake.lastMessageTo(GROUP), "something-else");
        await().atMost(WAIT).until(() -> fake.calls("answerCallbackQuery").size() == 1);
        fake.text(GROUP, MEMBER, "Ann", "/ping after");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong after"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong first", "pong after");
    }

    @Test
    void aPromptForTextForcesAReplyToTheMemberSoPrivacyModeStillSeesTheAnswer() {
        fake.text(GROUP, MEMBER, "Ann", "/type");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        FakeBotApi.Call prompt = fake.sentTo(GROUP).get(0);
        assertThat(prompt.body().path("reply_markup").path("force_reply").asBoolean()).isTrue();
        assertThat(prompt.body().path("reply_markup").path("selective").asBoolean()).isTrue();
        assertThat(prompt.body().path("reply_parameters").path("message_id").asInt()).isPositive();

        fake.replyTo(GROUP, MEMBER, "Ann", "8012345", fake.lastMessageTo(GROUP));
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("got 8012345"));
    }

    @Test
    void inAPrivateChatNoReplyIsForced() {
        fake.text(MEMBER, MEMBER, "Ann", "/type");
        await().atMost(WAIT).until(() -> fake.sentTo(MEMBER).size() == 1);
        assertThat(fake.sentTo(MEMBER).get(0).body().has("reply_markup")).isFalse();
        fake.text(MEMBER, MEMBER, "Ann", "8012345");
        await().atMost(WAIT).until(() -> fake.textsTo(MEMBER).contains("got 8012345"));
    }

    @Test
    void repliesStayInTheForumTopicTheyCameFrom() {
        fake.textInTopic(GROUP, 77, MEMBER, "Ann", "/ping topic");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.sentTo(GROUP).get(0).body().path("message_thread_id").asInt()).isEqualTo(77);
    }

    @Test
    void markupInABuyerNameIsShownLiterally() {
        fake.text(GROUP, MEMBER, "Ann", "/name <b>Bob</b> & *Co* <a href=\"x\">y</a>");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        String html = fake.sentTo(GROUP).get(0).text();
        assertThat(html).contains("<b>Buyer:</b> &lt;b&gt;Bob&lt;/b&gt; &amp; *Co* &lt;a href=&quot;x&quot;&gt;y&lt;/a&gt;");
        assertThat(html).startsWith("Case #7 opened\n\n<b>Case #7</b>");
    }

    @Test
    void aMemberNameWithMarkupCannotBreakAMention() {
        fake.text(GROUP, MEMBER, "<i>Ann</i>", "/mention");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.sentTo(GROUP).get(0).text())
                .isEqualTo("Your turn\n<a href=\"tg://user?id=42\">&lt;i&gt;Ann&lt;/i&gt;</a>");
    }

    @Test
    void aLongReplyIsSplitAtLineBoundaries() {
        fake.text(GROUP, MEMBER, "Ann", "/long");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 3);
        List<String> parts = fake.textsTo(GROUP);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).startsWith("line 1 ").endsWith("x");
        assertThat(parts.get(1)).startsWith("line ");
        assertThat(String.join("\n", parts).split("\n")).hasSize(300);
    }

    @Test
    void aChatNoTeamOwnsIsRefused() {
        fake.text(-5555, 99, "Mallory", "/ping");
        await().atMost(WAIT).until(() -> fake.sentTo(-5555).size() == 1);
        assertThat(fake.textsTo(-5555).get(0)).contains("not set up for DisputeDesk").contains("-5555");
        assertThat(fake.textsTo(-5555).get(0)).doesNotContain("pong");
    }

    @Test
    void aPrivateChatOfSomeoneNotInTheTeamIsRefused() {
        fake.text(777, 777, "Stranger", "/ping");
        await().atMost(WAIT).until(() -> fake.sentTo(777).size() == 1);
        assertThat(fake.textsTo(777).get(0)).contains("not set up");
    }

    @Test
    void anUpdateSeenTwiceIsHandledOnce() {
        int id = fake.text(GROUP, MEMBER, "Ann", "/ping once");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong once"));
        fake.redeliver(id);
        fake.text(GROUP, MEMBER, "Ann", "/ping twice");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong twice"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong once", "pong twice");
    }
}
