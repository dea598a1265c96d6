package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sends each event of an authorised member to the one handler for it. */
public final class Router {
    private final Map<String, CommandHandler> commands = new HashMap<>();
    private final Map<String, ChoiceHandler> choices = new HashMap<>();
    private final Conversation conversation;
    private final AttachmentHandler attachments;
    private final Messages messages = new Messages("bot");

    public Router(List<CommandHandler> commandHandlers, List<ChoiceHandler> choiceHandlers, Conversation conversation,
                  AttachmentHandler attachments) {
        for (CommandHandler h : commandHandlers) {
            for (String name : h.names()) {
                if (commands.put(name, h) != null) {
                    throw new IllegalArgumentException("two handlers for /" + name);
                }
            }
        }
        for (ChoiceHandler h : choiceHandlers) {
            if (choices.put(h.prefix(), h) != null) {
                throw new IllegalArgumentException("two handlers for choice prefix " + h.prefix());
            }
        }
        this.conversation = conversation;
        this.attachments = attachments;
    }

    public void route(Turn turn) {
        Inbound in = turn.inbound();
        if (in instanceof Inbound.Command c) {
            command(turn, c);
        } else if (in instanceof Inbound.ChoicePicked p) {
            choice(turn, p);
        } else if (in instanceof Inbound.Text t) {
            if (!conversation.onText(turn, t)) {
                turn.say(messages.get(turn.language(), "text.outside.dialog"));
            }
        } else if (in instanceof Inbound.Attachment a) {
            attachments.handle(turn, a);
        }
    }

    private void command(Turn turn, Inbound.Command c) {
        if (conversation.onCommand(turn, c)) {
            return;
        }
        CommandHandler handler = commands.get(c.name());
        if (handler == null) {
            turn.say(messages.get(turn.language(), "command.unknown", c.name()));
            return;
        }
        handler.handle(turn, c);
    }

    private void choice(Turn turn, Inbound.ChoicePicked p) {
        String id = p.choiceId();
        int colon = id.indexOf(':');
        ChoiceHandler handler = colon < 0 ? null : choices.get(id.substring(0, colon));
        if (handler == null) {
            turn.say(messages.get(turn.language(), "choice.stale"));
            return;
        }
        handler.handle(turn, id.substring(colon + 1));
    }
}
