package com.disputedesk.telegram;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one {@link Outgoing} into the Bot API calls that show it: the text as escaped HTML split into messages of
 * at most 4096 characters, buttons as an inline keyboard on the last one, a forced reply in groups when the core
 * waits for typed text (so privacy mode still lets the bot see the answer), in the forum topic it came from.
 */
final class ReplyRenderer {
    /** Labels this short go three to a row; longer ones get a row each. */
    private static final int SHORT_LABEL = 12;
    private static final Messages MESSAGES = new Messages("telegram");
    /** The chat's team language is not known here: the hint is short and says it in every team language. */
    private static final String REPLY_HINT = "↩ " + Arrays.stream(UiLanguage.values())
            .map(l -> MESSAGES.get(l, "reply.hint")).distinct().collect(Collectors.joining(" / "));

    List<OutboundMessage> render(Outgoing out) {
        // a direct chat with a member is their private chat, whose id is the member's user id
        long chatId = Long.parseLong(out.chat().directUserId().orElse(out.chat().chatId()));
        // a reply thread is no topic: its messages go to the group itself, answering the thread's anchor
        String anchor = out.chat().anchored() ? out.chat().threadId().get() : null;
        Integer thread = anchor != null ? null : out.chat().threadId().map(Integer::valueOf).orElse(null);
        Reply reply = out.reply();
        boolean group = chatId < 0;
        Optional<Slot> slot = out.slot();
        Optional<Origin> origin = out.inReplyTo().flatMap(Origin::from);
        // In a group, answer the member's own message so the reply is threaded and a selective force_reply
        // reaches that member; a pressed button's message is the bot's own, so there the force_reply is general.
        Integer replyTo = group ? origin.filter(o -> !o.isCallback()).map(Origin::messageId).orElse(null) : null;
        // a list to pick from has no select menu in Telegram: it is a column of buttons, one per row
        List<List<OutboundMessage.Button>> keyboard = keyboard(reply.choices(),
                reply.form() == Reply.ChoiceForm.SELECT);
        // A slot's message is edited later, and an edit cannot carry a forced reply: it says how to type instead.
        boolean forceReply = group && reply.expectsText() && keyboard.isEmpty() && slot.isEmpty();
        String html = Html.render(reply);
        if (group && reply.readsTyped() && (!keyboard.isEmpty() || slot.isPresent())) {
            // A message carries either buttons or a forced reply. Keep the buttons (Back, Skip, Cancel, or the
            // offered values) and say how to type: with privacy mode on, the bot only sees replies to its message.
            html = html + "\n<i>" + Html.escape(REPLY_HINT) + "</i>";
        }

        List<OutboundMessage> calls = new ArrayList<>();
        List<String> parts = Html.split(html, Html.MAX_MESSAGE);
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            int index = i;
            String partSlot = slot.map(s -> s.part(index).key()).orElse(null);
            calls.add(new OutboundMessage(OutboundMessage.Kind.SEND, chatId, thread, null,
                    last ? replyTo : null, null, parts.get(i), last ? keyboard : List.of(), last && forceReply,
                    last && forceReply && replyTo != null, null, partSlot, anchor));
        }
        reply.file().ifPresent(path -> calls.add(new OutboundMessage(OutboundMessage.Kind.DOCUMENT, chatId, thread,
                null, null, null, null, List.of(), false, false, path.toAbsolutePath().toString(), null)));
        return calls;
    }

    static List<List<OutboundMessage.Button>> keyboard(List<Choice> choices) {
        return keyboard(choices, false);
    }

    static List<List<OutboundMessage.Button>> keyboard(List<Choice> choices, boolean column) {
        boolean allShort = choices.stream().allMatch(c -> c.label().length() <= SHORT_LABEL);
        int perRow = allShort && !column ? 3 : 1;
        List<List<OutboundMessage.Button>> rows = new ArrayList<>();
        List<OutboundMessage.Button> row = new ArrayList<>();
        for (Choice c : choices) {
            row.add(new OutboundMessage.Button(c.label(), CallbackData.of(c).encode()));
            if (row.size() == perRow) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
