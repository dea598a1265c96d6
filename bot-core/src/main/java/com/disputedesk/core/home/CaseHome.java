package com.disputedesk.core.home;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.chat.ChatRef;
import java.util.Objects;

/**
 * Where a case lives once it has a place of its own: a Discord thread or a Telegram forum topic opened for it, and
 * the chat it was opened in, where its messages go again should that place disappear.
 *
 * @param team   the case's team
 * @param number the case's number in the team
 * @param place  the thread or topic (a chat with its thread)
 * @param origin the chat (and thread) the case was opened in
 */
public record CaseHome(String team, CaseNumber number, ChatRef place, ChatRef origin) {
    public CaseHome {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(origin, "origin");
        if (place.threadId().isEmpty()) {
            throw new IllegalArgumentException("a case's home is a thread: " + place.key());
        }
    }
}
