package com.disputedesk.core.dialog;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;

/** Who is in a dialog where: one dialog per member per chat (thread included). */
public record DialogKey(ChatRef chat, Member member) {

    /** The stable text key the store files it under. */
    public String key() {
        return chat.key() + "|" + member.key();
    }
}
