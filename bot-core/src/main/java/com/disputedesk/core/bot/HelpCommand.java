package com.disputedesk.core.bot;

import java.util.List;
import java.util.function.Supplier;

/** /help: the command reference, generated from every declared command. */
final class HelpCommand implements CommandHandler {
    static final CommandSpec SPEC = CommandSpec.of("help", "bot", Section.TEAM).build();

    private final Supplier<List<CommandSpec>> specs;
    private final CommandTexts texts;

    HelpCommand(Supplier<List<CommandSpec>> specs, CommandTexts texts) {
        this.specs = specs;
        this.texts = texts;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        turn.say(texts.help(specs.get(), turn.language()));
    }
}
