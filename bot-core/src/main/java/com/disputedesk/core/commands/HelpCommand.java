package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import java.util.List;

/** /help: the command reference, short and grouped. */
final class HelpCommand implements CommandHandler {
    private final Kit kit;

    HelpCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("help");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        kit.say(turn, "help.text");
    }
}
