package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import java.util.List;

/**
 * Runs a declared command the way the router does when it is typed: a member without access is told so, bad
 * arguments get the handler's own explanation or the generated usage, and only then does the handler run. Buttons
 * that stand for a command (the case card's Claim, an offer picked from a ladder) run it through here, so a press
 * does exactly what typing the command does.
 */
public final class CommandRun {
    private final CommandTexts texts;
    private final CommandParser parser;

    public CommandRun(CommandTexts texts) {
        this.texts = texts;
        this.parser = new CommandParser(texts);
    }

    /** Runs {@code command} (one of {@code handler}'s specs) for the turn's member. */
    public void run(Turn turn, CommandSpec spec, CommandHandler handler, Inbound.Command command) {
        if (spec.access() == Access.TEAM_ADMIN && !turn.team().isAdmin(turn.member())) {
            turn.say(texts.refused(spec, turn.language()));
            return;
        }
        parser.parse(turn, spec, command, handler).ifPresent(args -> handler.handle(turn, args));
    }

    /**
     * Runs {@code /spec words...} as if the turn's member had typed it in the turn's chat: the handler sees a
     * command turn, answered where the turn is answered.
     */
    public void run(Turn turn, CommandSpec spec, CommandHandler handler, List<String> words) {
        Inbound.Command typed = new Inbound.Command(turn.chat(), turn.member(), spec.name(), words,
                String.join(" ", words), turn.inbound().origin());
        run(new Turn(turn.team(), typed, turn.language(), turn.zone(), turn.now(), turn.outbox()), spec, handler,
                typed);
    }
}
