package com.disputedesk.core.intake;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.dialog.Dialogs;
import java.util.List;

/** /new: starts the intake dialog, or resumes the member's open draft. */
public final class NewCaseCommand implements CommandHandler {
    private final Dialogs dialogs;

    public NewCaseCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public List<String> names() {
        return List.of(IntakeDialog.COMMAND);
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        dialogs.start(turn, IntakeDialog.ID);
    }
}
