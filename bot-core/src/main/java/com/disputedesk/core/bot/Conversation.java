package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;

/**
 * What the bot does with plain text and files: the member's running dialog gets first say.
 */
public interface Conversation {

    /** Handles text if the member has a running dialog; false when there is none. */
    boolean onText(Turn turn, Inbound.Text text);

    /**
     * Handles a slash command typed inside a running dialog when the dialog claims it (e.g. /cancel, /back);
     * false to let the command router have it.
     */
    boolean onCommand(Turn turn, Inbound.Command command);
}
