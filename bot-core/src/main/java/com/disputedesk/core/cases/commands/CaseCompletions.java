package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.CaseCompleter;
import com.disputedesk.core.bot.Completion;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseSearch;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.team.Team;
import java.util.List;

/** Open cases as suggestions: "#12 · 8100000000000011 · Rosa", picked as "12". */
public final class CaseCompletions implements CaseCompleter {
    private final CaseSearch search;

    private CaseCompletions(CaseSearch search) {
        this.search = search;
    }

    /** Suggestions from the open cases in {@code cases}, searched through {@code queries}. */
    public static CaseCompleter over(CaseStore cases, CaseQueries queries) {
        return new CaseCompletions(new CaseSearch(cases, queries));
    }

    @Override
    public List<Completion> complete(Team team, String typed) {
        return search.openMatching(team.id(), typed).stream().map(CaseCompletions::completion).toList();
    }

    private static Completion completion(DisputeCase c) {
        return new Completion(c.number() + " \u00b7 " + c.facts().orderId() + " \u00b7 " + c.facts().buyer(),
                Kit.ref(c));
    }
}
