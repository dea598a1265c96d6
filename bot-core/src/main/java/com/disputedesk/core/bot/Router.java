package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.team.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each event of an authorised member to the one handler for it. A command is checked against its spec
 * first: a member without access is told so, and bad arguments get the generated usage; either way the handler
 * never runs. /help is the router's own, generated from every spec.
 */
public final class Router {
    private final Map<String, Declared> commands = new LinkedHashMap<>();
    private final Map<String, ChoiceHandler> choices = new HashMap<>();
    private final Conversation conversation;
    private final AttachmentHandler attachments;
    private final CaseCompleter cases;
    private final CommandTexts texts = new CommandTexts();
    private final CommandRun run = new CommandRun(texts);
    private final Messages messages = new Messages("bot");

    public Router(List<CommandHandler> commandHandlers, List<ChoiceHandler> choiceHandlers, Conversation conversation,
                  AttachmentHandler attachments) {
        this(commandHandlers, choiceHandlers, conversation, attachments, CaseCompleter.NONE);
    }

    /** @param cases suggests cases for a case reference being typed */
    public Router(List<CommandHandler> commandHandlers, List<ChoiceHandler> choiceHandlers, Conversation conversation,
                  AttachmentHandler attachments, CaseCompleter cases) {
        List<CommandHandler> all = new ArrayList<>(commandHandlers);
        all.add(new HelpCommand(this::specs, texts));
        for (CommandHandler h : all) {
            for (CommandSpec spec : h.specs()) {
                if (commands.put(spec.name(), new Declared(spec, h)) != null) {
                    throw new IllegalArgumentException("two handlers for /" + spec.name());
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
        this.cases = cases;
    }

    /** Every declared command, in the order the features were wired. */
    public List<CommandSpec> specs() {
        return commands.values().stream().map(Declared::spec).toList();
    }

    public void route(Turn turn) {
        Inbound in = turn.inbound();
        if (in instanceof Inbound.Command c) {
            command(turn, c);
        } else if (in instanceof Inbound.ChoicePicked p) {
            choice(turn, p);
        } else if (in instanceof Inbound.Text t) {
            // Chatter in a group is not the bot's business: only words said to it hear how to start.
            if (!conversation.onText(turn, t) && t.addressed()) {
                turn.say(messages.get(turn.language(), "text.outside.dialog"));
            }
        } else if (in instanceof Inbound.Attachment a) {
            attachments.handle(turn, a);
        }
    }

    /** Suggestions for a param being typed; none for a param that offers none. */
    List<Completion> complete(Team team, CompletionRequest request) {
        Declared d = commands.get(request.command());
        if (d == null) {
            return List.of();
        }
        Optional<Param<?>> param = d.spec().params().stream().filter(p -> p.name().equals(request.param()))
                .findFirst();
        if (param.isEmpty() || !(param.get().type() instanceof ParamType.CaseReference)) {
            return List.of();
        }
        return cases.complete(team, request.typed());
    }

    private void command(Turn turn, Inbound.Command c) {
        if (conversation.onCommand(turn, c)) {
            return;
        }
        Declared d = commands.get(c.name());
        if (d == null) {
            turn.say(messages.get(turn.language(), "command.unknown", c.name()));
            return;
        }
        run.run(turn, d.spec(), d.handler(), c);
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

    private record Declared(CommandSpec spec, CommandHandler handler) {
    }
}
