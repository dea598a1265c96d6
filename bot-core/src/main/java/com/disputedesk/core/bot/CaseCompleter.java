package com.disputedesk.core.bot;

import com.disputedesk.core.team.Team;
import java.util.List;

/** Suggests a team's cases for a case reference being typed. */
public interface CaseCompleter {
    /** Suggests nothing. */
    CaseCompleter NONE = (team, typed) -> List.of();

    List<Completion> complete(Team team, String typed);
}
