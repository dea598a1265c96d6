package com.disputedesk.discord;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns the core's {@link Reply} into Discord messages within Discord's limits: text escaped and split at 2000
 * characters, a card as embeds (split when over 25 fields or 6000 characters), choices as buttons (5 per row,
 * 5 rows) or select menus when more than fit, a button opening the answer form when the step waits for text.
 * A file rides with the last message. No message may ping anyone but the reply's own {@link Reply#mention()}.
 */
final class ReplyRenderer {
    static final int MAX_CONTENT = 2000;
    static final int MAX_TITLE = 256;
    static final int MAX_FIELD_NAME = 256;
    static final int MAX_FIELD_VALUE = 1024;
    static final int MAX_FIELDS = 25;
    static final int MAX_EMBED_TOTAL = 6000;
    static final int MAX_FOOTER = 2048;
    static final int MAX_BUTTON_LABEL = 80;
    static final int MAX_OPTION_LABEL = 100;
    static final int BUTTONS_PER_ROW = 5;
    static final int MAX_ROWS = 5;
    static final int MENU_OPTIONS = 25;
    /** Both languages: the adapter does not know the team's language, and the label is short. */
    static final String ANSWER_LABEL = "✎ Answer · 回答";

    List<MessageCreateData> render(Reply reply) {
        String text = DiscordText.escape(reply.text());
        // Only a Discord member can be pinged here; anyone else is named.
        Optional<Member> ping = reply.mention().filter(m -> m.platform() == Platform.DISCORD);
        if (ping.isPresent()) {
            text = "<@" + ping.get().userId() + "> " + text;
        } else if (reply.mention().isPresent()) {
            text = DiscordText.escape(reply.mention().get().displayName()) + ": " + text;
        }
        List<String> contents = DiscordText.split(text, MAX_CONTENT);
        List<MessageEmbed> embeds = reply.card().map(ReplyRenderer::embeds).orElse(List.of());
        List<MessageTopLevelComponent> rows = components(reply);
        Set<String> pinged = ping.map(m -> Set.of(m.userId())).orElse(Set.of());

        List<MessageCreateBuilder> messages = new ArrayList<>();
        for (String content : contents) {
            messages.add(new MessageCreateBuilder().setContent(content));
        }
        for (int i = 0; i < embeds.size(); i++) {
            MessageCreateBuilder target = i == 0 ? messages.get(messages.size() - 1) : new MessageCreateBuilder();
            target.addEmbeds(embeds.get(i));
            if (i > 0) {
                messages.add(target);
            }
        }
        MessageCreateBuilder last = messages.get(messages.size() - 1);
        last.setComponents(rows);
        reply.file().ifPresent(path -> last.addFiles(FileUpload.fromData(path.toFile(),
                path.getFileName().toString())));
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            MessageCreateBuilder m = messages.get(i);
            m.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
            if (i == 0 && !pinged.isEmpty()) {
                m.mentionUsers(pinged);
            }
            out.add(m.build());
        }
        return out;
    }

    /** The card as one or more embeds, each within Discord's per-embed limits. */
    static List<MessageEmbed> embeds(Card card) {
        String title = DiscordText.truncate(DiscordText.escape(card.title()), MAX_TITLE);
        List<MessageEmbed> out = new ArrayList<>();
        EmbedBuilder current = new EmbedBuilder().setTitle(title);
        int fields = 0;
        for (Card.Field field : card.fields()) {
            String name = DiscordText.truncate(DiscordText.escape(field.label()), MAX_FIELD_NAME - 4);
            if (name.isBlank()) {
                name = "\u200B";
            }
            String value = field.value().isBlank() ? "—" : DiscordText.escape(field.value());
            List<String> chunks = DiscordText.split(value, MAX_FIELD_VALUE);
            for (int k = 0; k < chunks.size(); k++) {
                String fieldName = k == 0 ? name : name + " (…)";
                String chunk = chunks.get(k).isBlank() ? "—" : chunks.get(k);
                if (fields == MAX_FIELDS || current.length() + fieldName.length() + chunk.length() > MAX_EMBED_TOTAL) {
                    out.add(current.build());
                    current = new EmbedBuilder().setTitle(DiscordText.truncate(title, MAX_TITLE - 4) + " (…)");
                    fields = 0;
                }
                current.addField(fieldName, chunk, false);
                fields++;
            }
        }
        if (!card.footer().isBlank()) {
            String footer = DiscordText.truncate(card.footer(), MAX_FOOTER);
            if (current.length() + footer.length() > MAX_EMBED_TOTAL) {
                out.add(current.build());
                current = new EmbedBuilder().setTitle(DiscordText.truncate(title, MAX_TITLE - 4) + " (…)");
            }
            current.setFooter(footer);
        }
        out.add(current.build());
        return out;
    }

    /**
     * Buttons when every choice (and the answer button) fits in 5 rows of 5, else select menus; a list to pick from
     * ({@link Reply.ChoiceForm#SELECT}) is a select menu however short.
     */
    static List<MessageTopLevelComponent> components(Reply reply) {
        List<Choice> choices = reply.choices();
        int answer = reply.readsTyped() ? 1 : 0;
        List<MessageTopLevelComponent> rows = new ArrayList<>();
        boolean select = reply.form() == Reply.ChoiceForm.SELECT && !choices.isEmpty();
        if (!select && choices.size() + answer <= BUTTONS_PER_ROW * MAX_ROWS) {
            List<ActionRowChildComponent> buttons = new ArrayList<>();
            for (Choice c : choices) {
                buttons.add(Button.secondary(new ComponentId.Pick(c.id()).render(),
                        DiscordText.truncate(c.label(), MAX_BUTTON_LABEL)));
            }
            if (answer == 1) {
                buttons.add(Button.primary(new ComponentId.AskAnswer().render(), ANSWER_LABEL));
            }
            for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
            }
            return rows;
        }
        int menus = MAX_ROWS - answer;
        if (choices.size() > menus * MENU_OPTIONS) {
            throw new IllegalArgumentException("a reply offers " + choices.size() + " choices; Discord shows at most "
                    + menus * MENU_OPTIONS);
        }
        for (int i = 0, index = 0; i < choices.size(); i += MENU_OPTIONS, index++) {
            StringSelectMenu.Builder menu = StringSelectMenu.create(new ComponentId.Menu(index).render());
            for (Choice c : choices.subList(i, Math.min(choices.size(), i + MENU_OPTIONS))) {
                menu.addOption(DiscordText.truncate(c.label(), MAX_OPTION_LABEL), c.id());
            }
            rows.add(ActionRow.of(menu.build()));
        }
        if (answer == 1) {
            rows.add(ActionRow.of(Button.primary(new ComponentId.AskAnswer().render(), ANSWER_LABEL)));
        }
        return rows;
    }
}
