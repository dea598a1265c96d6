package com.disputedesk.core.cases;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import java.time.Instant;

/** What is needed to open a case; the store gives it its id and number. */
public record NewCase(String team, CaseFacts facts, Member openedBy, ChatRef home, Instant openedAt) {
}
