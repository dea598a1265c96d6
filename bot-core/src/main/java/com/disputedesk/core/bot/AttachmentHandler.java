package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;

/** Handles files members send (evidence). */
public interface AttachmentHandler {
    void handle(Turn turn, Inbound.Attachment attachment);
}
