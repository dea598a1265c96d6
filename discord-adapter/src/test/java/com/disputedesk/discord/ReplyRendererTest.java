package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {
    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void longTextIsSplitIntoMessagesOfAtMost2000CharactersAtLineEnds() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Timeline line ").append(i).append(": the buyer wrote again\n");
        }

        List<MessageCreateData> messages = renderer.render(Reply.text(text.toString()));

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.getContent().length()).isLessThanOrEqualTo(2000));
        assertThat(messages.get(1).getContent()).startsWith("Timeline line");
        assertThat(String.join("\n", messages.stream().map(MessageCreateData::getContent).toList()))
                .isEqualTo(text.toString().strip());
    }

    @Test
    void aBigCardIsSplitIntoEmbedsWithinDiscordsLimits() {
        List<Card.Field> fields = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fields.add(new Card.Field("Entry " + i, "x".repeat(900)));
        }
        fields.add(new Card.Field("Buyer message", "y".repeat(3000)));
        Card card = new Card("Case #12 · AliExpress 8100000000000011", fields, "Deadline in 2 days");

        List<MessageCreateData> messages = renderer.render(Reply.text("Case #12").withCard(card));

        List<MessageEmbed> embeds = messages.stream().flatMap(m -> m.getEmbeds().stream()).toList();
        assertThat(embeds).hasSizeGreaterThan(1);
        for (MessageEmbed e : embeds) {
            assertThat(e.getFields()).hasSizeLessThanOrEqualTo(25);
            assertThat(e.getLength()).isLessThanOrEqualTo(6000);
            assertThat(e.getFields()).allSatisfy(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(1024));
        }
        assertThat(messages).allSatisfy(m -> assertThat(m.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(6000));
        int shown = embeds.stream().flatMap(e -> e.getFields().stream()).mapToInt(f -> f.getValue().length()).sum();
        assertThat(shown).as("nothing of the card lost").isEqualTo(40 * 900 + 3000);
        assertThat(embeds.get(embeds.size() - 1).getFooter().getText()).isEqualTo("Deadline in 2 days");
        assertThat(messages.get(0).getContent()).isEqualTo("Case #12");
    }

    @Test
    void cardTextIsEscapedToo() {
        Card card = new Card("Buyer *VIP*", List.of(new Card.Field("Name", "@everyone __x__")), "");

        MessageEmbed embed = renderer.render(Reply.text("Case").withCard(card)).get(0).getEmbeds().get(0);

        assertThat(embed.getTitle()).isEqualTo("Buyer \\*VIP\\*");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("\\@everyone \\_\\_x\\_\\_");
    }

    @Test
    void upToTwentyFiveChoicesAreButtonsFivePerRow() {
        List<Choice> choices = IntStream.rangeClosed(1, 25).mapToObj(n -> new Choice("c:" + n, "Choice " + n)).toList();

        List<MessageCreateData> messages = renderer.render(Reply.prompt("Pick", choices));

        List<ActionRow> rows = messages.get(0).getComponents().stream().map(c -> (ActionRow) c).toList();
        assertThat(rows).hasSize(5);
        assertThat(rows).allSatisfy(r -> assertThat(r.getComponents()).hasSize(5));
    }

    @Test
    void aListToPickFromIsASelectMenuHoweverShort() {
        List<Choice> rungs = List.of(new Choice("card:o:12:1", "1. Partial refund: 6.00 USD"),
                new Choice("card:o:12:2", "2. Coupon: 4.00 USD"));

        List<MessageCreateData> messages = renderer.render(Reply.text("Which offer?").withSelect(rungs));

        ActionRow row = (ActionRow) messages.get(0).getComponents().get(0);
        StringSelectMenu menu = (StringSelectMenu) row.getComponents().get(0);
        assertThat(menu.getCustomId()).isEqualTo("dd:m:0");
        assertThat(menu.getOptions()).extracting(SelectOption::getValue).containsExactly("card:o:12:1", "card:o:12:2");
        assertThat(menu.getOptions()).extracting(SelectOption::getLabel)
                .containsExactly("1. Partial refund: 6.00 USD", "2. Coupon: 4.00 USD");
    }

    @Test
    void choicesGoOnTheLastMessageOfASplitReply() {
        List<MessageCreateData> messages = renderer.render(
                Reply.prompt("z ".repeat(1500), List.of(new Choice("c:1", "One"))));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getComponents()).isEmpty();
        assertThat(messages.get(1).getComponents()).hasSize(1);
    }

    @Test
    void moreChoicesThanFiveMenusHoldAreRefusedLoudly() {
        List<Choice> choices = IntStream.rangeClosed(1, 126).mapToObj(n -> new Choice("c:" + n, "C" + n)).toList();

        assertThatThrownBy(() -> renderer.render(Reply.prompt("Pick", choices)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("126");
    }

    @Test
    void escapingKeepsPlainTextReadable() {
        assertThat(DiscordText.escape("Order 8100 for 12.50 EUR, 3 days"))
                .isEqualTo("Order 8100 for 12.50 EUR, 3 days");
        assertThat(DiscordText.escape("# title\n- item\n> quote")).isEqualTo("\\# title\n\\- item\n\\> quote");
        assertThat(DiscordText.escape("a_b `c` ~~d~~ ||e||")).isEqualTo("a\\_b \\`c\\` \\~\\~d\\~\\~ \\|\\|e\\|\\|");
    }

    @Test
    void aMemberOfAnotherPlatformIsNamedNotPinged() {
        Reply reply = Reply.text("Case #3 waits").mentioning(
                new com.disputedesk.core.chat.Member(com.disputedesk.core.chat.Platform.TELEGRAM, "42", "Bo_b"));

        MessageCreateData m = renderer.render(reply).get(0);

        assertThat(m.getContent()).isEqualTo("Bo\\_b: Case #3 waits");
        assertThat(m.getMentionedUsers()).isEmpty();
    }
}
