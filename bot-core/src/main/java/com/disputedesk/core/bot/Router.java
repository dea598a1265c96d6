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
    /** The caption that makes a file evidence (the evidence command's, which sits above this package). */
    private static final String EVIDENCE_CAPTION = "/evidence";
    private final Map<String, Declared> commands = new LinkedHashMap<>();
    private final Map<String, ChoiceHandler> choices = new HashMap<>();
    private final Conversation conversation;
    private final AttachmentHandler attachments;
    private final CaseCompleter cases;
    private final CaseThreads threads;
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
        this(commandHandlers, choiceHandlers, conversation, attachments, cases, CaseThreads.NONE);
    }

    /** @param threads tells which case a thread is the home of: there a command's case reference may be left out */
    public Router(List<CommandHandler> commandHandlers, List<ChoiceHandler> choiceHandlers, Conversation conversation,
                  AttachmentHandler attachments, CaseCompleter cases, CaseThreads threads) {
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
        this.threads = threads;
    }

    /** Every declared command, in the order the features were wired. */
    public List<CommandSpec> specs() {
        return commands.values().stream().map(Declared::spec).toList();
    }

    public void route(Turn turn) {
        threads.turnStarted(turn);
        try {
            dispatch(turn);
        } finally {
            threads.turnEnded(turn);
        }
    }

    private void dispatch(Turn turn) {
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
            attachments.handle(turn, inCaseThread(turn, a));
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
        run.run(turn, d.spec(), d.handler(), inCaseThread(turn, d.spec(), c));
    }

    /**
     * Inside a case's thread a command that takes a case first may leave it out ("/offer 2" for "/offer 12 2"):
     * the thread's case goes in front when the words then read as the command's params; a command naming its
     * case anyway ("/case 12", "/case 7" in #12's thread) is read as typed.
     */
    private Inbound.Command inCaseThread(Turn turn, CommandSpec spec, Inbound.Command c) {
        boolean takesCase = !spec.params().isEmpty() && spec.params().get(0).required()
                && spec.params().get(0).type() instanceof ParamType.CaseReference;
        if (!takesCase) {
            return c;
        }
        Optional<CaseRef> here = threads.caseAt(turn.team(), turn.chat());
        if (here.isEmpty()) {
            return c;
        }
        String withCase = c.rawArgs().isBlank() ? here.get().typed() : here.get().typed() + " " + c.rawArgs();
        Inbound.Command completed = new Inbound.Command(c.chat(), c.member(), c.name(),
                List.of(withCase.strip().split("\\s+")), withCase, c.origin());
        boolean readsWithCase = ArgumentParser.parse(spec, withCase).bad().isEmpty();
        boolean readsAsTyped = !c.rawArgs().isBlank() && ArgumentParser.parse(spec, c.rawArgs()).bad().isEmpty();
        return readsWithCase || !readsAsTyped ? completed : c;
    }

    /**
     * A file sent in a case's thread is evidence of that case: it reads as if sent with the caption "/evidence 12".
     * A caption with a command naming a case ("/evidence 7") is kept as typed.
     */
    private Inbound.Attachment inCaseThread(Turn turn, Inbound.Attachment a) {
        String caption = a.caption().strip();
        boolean namesCase = caption.startsWith("/") && !caption.equalsIgnoreCase(EVIDENCE_CAPTION);
        if (namesCase) {
            return a;
        }
        Optional<CaseRef> here = threads.caseAt(turn.team(), turn.chat());
        return here.map(ref -> new Inbound.Attachment(a.chat(), a.member(), a.file(),
                EVIDENCE_CAPTION + " " + ref.typed(), a.origin())).orElse(a);
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
