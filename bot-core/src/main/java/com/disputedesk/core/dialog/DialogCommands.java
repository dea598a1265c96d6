package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.i18n.Messages;
import java.util.List;

/**
 * /cancel, /back and /skip when the member has no draft open (a running dialog claims them first, through
 * {@link Dialogs#onCommand}): a clear word instead of "unknown command".
 */
public final class DialogCommands implements CommandHandler {
    private final String startCommand;
    private final List<CommandSpec> specs;
    private final Messages messages = new Messages("dialog");

    /**
     * @param startCommand the command that opens a draft, without the slash ("new")
     * @param family       the name platforms that group commands keep these under, as the start command
     */
    public DialogCommands(String startCommand, String family) {
        this.startCommand = startCommand;
        this.specs = List.of("cancel", "back", "skip").stream()
                .map(n -> CommandSpec.of(n, "commands", Section.CASES).under(family).build()).toList();
    }

    @Override
    public List<CommandSpec> specs() {
        return specs;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        turn.say(messages.get(turn.language(), "dialog.none." + (args.spec().name().equals("cancel") ? "cancel"
                : "other"), startCommand));
    }
}
