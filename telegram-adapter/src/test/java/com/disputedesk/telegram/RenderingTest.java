package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How replies look on Telegram, and the callback data of their buttons. */
class RenderingTest {
    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void everyChoiceIdTheCoreAllowsFitsTelegramsCallbackDataAndReadsBack() {
        String longest = "x".repeat(Choice.MAX_ID_LENGTH);
        String data = CallbackData.of(new Choice(longest, "X")).encode();
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(CallbackData.parse(data)).contains(new CallbackData(longest));
    }

    @Test
    void callbackDataWeDidNotWriteIsNotReadAsAChoice() {
        assertThat(CallbackData.parse("dlg:3")).isEmpty();
        assertThat(CallbackData.parse("c1|")).isEmpty();
        assertThat(CallbackData.parse(null)).isEmpty();
        assertThat(CallbackData.parse("c1|" + "y".repeat(70))).isEmpty();
        assertThatThrownBy(() -> new CallbackData("z".repeat(62))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void originsReadBackAndForeignRefsAreIgnored() {
        assertThat(Origin.from(Origin.message(17).toRef())).contains(Origin.message(17));
        assertThat(Origin.from(Origin.callback(17, "abc:def").toRef())).contains(Origin.callback(17, "abc:def"));
        assertThat(Origin.from(new com.disputedesk.core.chat.PlatformRef("interaction-token"))).isEmpty();
        assertThat(Origin.from(new com.disputedesk.core.chat.PlatformRef("m:notanumber"))).isEmpty();
    }

    @Test
    void splitsOnlyAtLineBreaksWhenLinesFit() {
        String html = String.join("\n", List.of("a".repeat(3000), "b".repeat(3000), "c".repeat(10)));
        List<String> parts = Html.split(html, 4096);
        assertThat(parts).containsExactly("a".repeat(3000), "b".repeat(3000) + "\n" + "c".repeat(10));
    }

    @Test
    void aSingleOverlongLineIsCutOutsideTagsAndEntities() {
        String line = "&amp;".repeat(1000) + "<b>bold</b>" + "z".repeat(10);
        List<String> parts = Html.split(line, 4096);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(4096);
            assertThat(p.chars().filter(c -> c == '&').count()).isEqualTo(p.split(";", -1).length - 1);
        });
        assertThat(String.join("", parts)).isEqualTo(line);
    }

    @Test
    void aLongLineOfEmojiIsNotCutInsideACharacter() {
        String line = "x" + "😀".repeat(3000);
        List<String> parts = Html.split(line, 4096);
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> {
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(line);
    }

    @Test
    void shortChoicesShareRowsAndLongOnesGetTheirOwn() {
        assertThat(ReplyRenderer.keyboard(List.of(new Choice("a:1", "Yes"), new Choice("a:2", "No"),
                new Choice("a:3", "Back"), new Choice("a:4", "Skip")))).hasSize(2);
        assertThat(ReplyRenderer.keyboard(List.of(new Choice("a:1", "Item not as described"),
                new Choice("a:2", "No")))).hasSize(2);
    }

    @Test
    void aListToPickFromIsAColumnOfButtons() {
        List<Choice> outcomes = List.of(new Choice("card:c:1:kept", "kept"), new Choice("card:c:1:returned", "returned"),
                new Choice("card:c:1:withdrawn", "withdrawn"));
        List<OutboundMessage> calls = renderer.render(new Outgoing(ChatRef.of(Platform.TELEGRAM, "-1001"),
                Reply.text("How did it end?").withSelect(outcomes), Optional.empty()));
        assertThat(calls.get(0).keyboard()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(1));
    }

    @Test
    void aPromptInAGroupForcesAReplyToTheMembersMessageInItsTopic() {
        ChatRef topic = ChatRef.of(Platform.TELEGRAM, "-1001").inThread("9");
        List<OutboundMessage> calls = renderer.render(new Outgoing(topic, Reply.prompt("Order number?", List.of()),
                Optional.of(Origin.message(55).toRef())));
        assertThat(calls).hasSize(1);
        OutboundMessage m = calls.get(0);
        assertThat(m.threadId()).isEqualTo(9);
        assertThat(m.replyTo()).isEqualTo(55);
        assertThat(m.forceReply()).isTrue();
        assertThat(m.selective()).isTrue();
    }

    @Test
    void aPromptAfterAButtonPressForcesAReplyFromWhoeverAnswers() {
        ChatRef group = ChatRef.of(Platform.TELEGRAM, "-1001");
        OutboundMessage m = renderer.render(new Outgoing(group, Reply.prompt("Order number?", List.of()),
                Optional.of(Origin.callback(55, "q1").toRef()))).get(0);
        assertThat(m.replyTo()).isNull();
        assertThat(m.forceReply()).isTrue();
        assertThat(m.selective()).isFalse();
    }

    @Test
    void remindersTheBotStartsItselfAreNotReplies() {
        OutboundMessage m = renderer.render(new Outgoing(ChatRef.of(Platform.TELEGRAM, "-1001"),
                Reply.text("Case #3: buyer reply due today"), Optional.empty())).get(0);
        assertThat(m.replyTo()).isNull();
        assertThat(m.forceReply()).isFalse();
        assertThat(m.html()).isEqualTo("Case #3: buyer reply due today");
    }
}
