package com.disputedesk.core.bot;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;

/**
 * A member is typing argument {@code param} of command {@code command} and the platform asks what to suggest
 * (Discord's autocomplete). Answered by {@link Bot#complete}, which checks the chat like any other event.
 */
public record CompletionRequest(ChatRef chat, Member member, String command, String param, String typed) {
}
