package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Messages;
import java.util.List;

/**
 * /cancel, /back and /skip when the member has no draft open (a running dialog claims them first, through
 * {@link Dialogs#onCommand}): a clear word instead of "unknown command".
 */
public final class DialogCommands implements CommandHandler {
    private final String startCommand;
    private final Messages messages = new Messages("dialog");

    /** @param startCommand the command that opens a draft, without the slash ("new") */
    public DialogCommands(String startCommand) {
        this.startCommand = startCommand;
    }

    @Override
    public List<String> names() {
        return List.of("cancel", "back", "skip");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        turn.say(messages.get(turn.language(), "dialog.none." + (command.name().equals("cancel") ? "cancel" : "other"),
                startCommand));
    }
}
