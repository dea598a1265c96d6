package com.disputedesk.core.delivery;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where in a chat most of its team's open cases live: the thread or channel a message for the whole chat (the
 * daily digest, a delivery notice) goes to on a platform that posts only in channels (a Discord guild), unless the
 * operator named one. Ties go to the thread whose newest open case is most urgent (listed first).
 */
public final class BusiestPlace {
    /** Cases looked at: the most urgent open ones (the digest reads as many). */
    private static final int CASES = 500;

    private final TeamDirectory teams;
    private final CaseStore cases;

    public BusiestPlace(TeamDirectory teams, CaseStore cases) {
        this.teams = teams;
        this.cases = cases;
    }

    /** The thread of {@code chat} holding most open cases of the team owning it; empty when none is open there. */
    public Optional<String> threadOf(ChatRef chat) {
        String key = chat.platform().name().toLowerCase(Locale.ROOT) + ":" + chat.chatId();
        Optional<Team> team = teams.all().stream().filter(t -> t.chats().contains(key)).findFirst();
        if (team.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> count = new HashMap<>();
        String best = null;
        for (DisputeCase c : cases.open(team.get().id(), CASES)) {
            ChatRef home = c.home();
            if (home.platform() != chat.platform() || !home.chatId().equals(chat.chatId())
                    || home.threadId().isEmpty()) {
                continue;
            }
            String thread = home.threadId().get();
            int n = count.merge(thread, 1, Integer::sum);
            if (best == null || n > count.get(best)) {
                best = thread;
            }
        }
        return Optional.ofNullable(best);
    }
}
