package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import java.util.Optional;

/**
 * Parses a command's arguments against its spec; bad input is answered (by the handler's own words when it has
 * some, else with the generated usage) and nothing else happens.
 */
public final class CommandParser {
    private final CommandTexts texts;

    public CommandParser(CommandTexts texts) {
        this.texts = texts;
    }

    /** The parsed arguments, or empty once the member has been told what is wrong. */
    public Optional<Arguments> parse(Turn turn, CommandSpec spec, Inbound.Command command, CommandHandler handler) {
        ArgumentParser.Result result = ArgumentParser.parse(spec, command.rawArgs());
        String usage = texts.usage(spec, turn.language());
        Arguments args = new Arguments(spec, command, result.values(), usage);
        if (result.bad().isEmpty()) {
            return Optional.of(args);
        }
        if (!handler.explain(turn, args, result.bad().get())) {
            turn.say(texts.badInput(spec, result.bad().get(), turn.language()));
        }
        return Optional.empty();
    }
}
