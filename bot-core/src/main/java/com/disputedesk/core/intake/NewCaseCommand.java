package com.disputedesk.core.intake;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.dialog.Dialogs;
import java.util.List;
import java.util.Optional;

/**
 * /new [from]: starts the intake dialog, or resumes the member's open draft; {@code from}, a link to the chat
 * message the dispute was raised in, is kept for the case's timeline.
 */
public final class NewCaseCommand implements CommandHandler {
    /** Platforms that group commands keep the intake's under this name ("/dispute new" on Discord). */
    public static final String FAMILY = "dispute";
    /** The chat message the dispute was raised in, as a link: kept in the case's timeline. */
    static final Param<String> FROM = Param.word("from", IntakeSources::link, IntakeSources.MAX_LINK).optional();
    static final CommandSpec SPEC = CommandSpec.of(IntakeDialog.COMMAND, "commands", Section.CASES).under(FAMILY)
            .params(FROM).build();

    private final Dialogs dialogs;
    private final Optional<IntakeSources> sources;

    public NewCaseCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
        this.sources = Optional.empty();
    }

    /** @param sources where the message an intake is opened from is kept until the case is confirmed */
    public NewCaseCommand(Dialogs dialogs, IntakeSources sources) {
        this.dialogs = dialogs;
        this.sources = Optional.of(sources);
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        args.find(FROM).ifPresent(link -> sources.ifPresent(s -> s.remember(turn, link)));
        dialogs.start(turn, IntakeDialog.ID);
    }
}
