package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The reasons section: every reason exactly once, written by its code, each with a ladder and a checklist. */
final class ReasonsCompiler extends PlaybookSection {
    private final LadderCompiler ladder;
    private final EvidenceChecklistCompiler checklist;
    private final NeverCompiler never;

    ReasonsCompiler(Path file) {
        super(file);
        this.ladder = new LadderCompiler(file);
        this.checklist = new EvidenceChecklistCompiler(file);
        this.never = new NeverCompiler(file);
    }

    /**
     * Every reason's ladder; its checklist goes into {@code evidence} and its never-list into {@code nevers}. A
     * ladder ends with its reason's last resort: a full refund, or a return where the never-list forbids one.
     */
    Map<Reason, List<Rung>> ladders(Map<String, Raw.ReasonEntry> reasons, Map<Reason, List<EvidenceKind>> evidence,
                                    Map<Reason, List<NeverRule>> nevers) {
        if (reasons == null) {
            throw problem("reasons", "missing: every reason needs a ladder");
        }
        Map<Reason, List<Rung>> ladders = new EnumMap<>(Reason.class);
        for (Map.Entry<String, Raw.ReasonEntry> e : reasons.entrySet()) {
            String path = "reasons." + e.getKey();
            Reason reason = code(path, "reason", Reason.class, e.getKey());
            if (!reason.code().equals(e.getKey())) {
                throw problem(path, "write the reason as '" + reason.code() + "'");
            }
            Raw.ReasonEntry entry = e.getValue();
            if (entry == null || entry.ladder() == null || entry.ladder().isEmpty()) {
                throw problem(path + ".ladder", "missing: the reason needs at least one rung");
            }
            List<NeverRule> forbidden = never.compile(path + ".never", entry.never());
            nevers.put(reason, forbidden);
            ladders.put(reason, ladder.compile(reason, path + ".ladder", entry.ladder(),
                    OfferRules.lastResort(forbidden)));
            evidence.put(reason, checklist.compile(path + ".evidence", entry.evidence()));
        }
        for (Reason reason : Reason.values()) {
            if (!ladders.containsKey(reason)) {
                throw problem("reasons", "missing ladder for reason '" + reason.code() + "'");
            }
        }
        return ladders;
    }
}
