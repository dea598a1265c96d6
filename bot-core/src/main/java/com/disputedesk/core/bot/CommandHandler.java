package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import java.util.List;

/** A slash command (or a family of them) the bot answers. Wired in the composition root. */
public interface CommandHandler {

    /** The command names handled, lower case without the slash ("case", "cases"). */
    List<String> names();

    void handle(Turn turn, Inbound.Command command);
}
