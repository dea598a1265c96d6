package com.disputedesk.core.intake;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.dialog.Dialogs;
import java.util.List;

/** /new: starts the intake dialog, or resumes the member's open draft. */
public final class NewCaseCommand implements CommandHandler {
    /** Platforms that group commands keep the intake's under this name ("/dispute new" on Discord). */
    public static final String FAMILY = "dispute";
    static final CommandSpec SPEC = CommandSpec.of(IntakeDialog.COMMAND, "commands", Section.CASES).under(FAMILY)
            .build();

    private final Dialogs dialogs;

    public NewCaseCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        dialogs.start(turn, IntakeDialog.ID);
    }
}
