package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.List;
import java.util.Optional;

/** /evidence &lt;case&gt; typed without a file: lists the case's evidence files and says how to add one. */
final class EvidenceCommand implements CommandHandler {
    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final CommandSpec SPEC = CommandSpec.of("evidence", Kit.BUNDLE, Section.EVIDENCE).params(CASE)
            .example("12").withFile().build();

    private final Kit kit;

    EvidenceCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<DisputeCase> found = kit.caseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        UiLanguage lang = turn.language();
        List<StoredEvidence> files = kit.evidence().forCase(c.id());
        StringBuilder out = new StringBuilder();
        if (files.isEmpty()) {
            out.append(kit.texts().get(lang, "evidence.list.empty", Kit.ref(c)));
        } else {
            out.append(kit.texts().get(lang, "evidence.list.header", Kit.ref(c), Integer.toString(files.size())));
            for (StoredEvidence e : files) {
                out.append('\n').append(kit.texts().get(lang, "evidence.list.line", e.fileName(), Texts.size(e.size()),
                        e.sha256(), kit.texts().time(e.storedAt(), turn.zone())));
            }
        }
        out.append('\n').append(kit.texts().get(lang, "evidence.how", Kit.ref(c),
                Texts.size(kit.evidence().maxBytes())));
        turn.say(out.toString());
    }
}
