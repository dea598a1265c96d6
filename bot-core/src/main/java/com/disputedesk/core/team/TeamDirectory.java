package com.disputedesk.core.team;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import java.util.List;
import java.util.Optional;

/** The configured teams; answers which team a chat belongs to. */
public final class TeamDirectory {
    private final List<Team> teams;

    public TeamDirectory(List<Team> teams) {
        this.teams = List.copyOf(teams);
    }

    public Optional<Team> teamFor(ChatRef chat, Member member) {
        return teams.stream().filter(t -> t.owns(chat, member)).findFirst();
    }

    public Optional<Team> byId(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Team> all() {
        return teams;
    }
}
