package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.team.UiLanguage;
import java.util.List;
import java.util.Optional;

/** /evidence &lt;case&gt; typed without a file: lists the case's evidence files and says how to add one. */
final class EvidenceCommand implements CommandHandler {
    private final Kit kit;

    EvidenceCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("evidence");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        if (command.args().size() != 1) {
            kit.sayUsage(turn, "evidence");
            return;
        }
        Optional<DisputeCase> found = kit.caseOrHint(turn, command.args().get(0), "evidence");
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
                        e.sha256(), kit.texts().time(e.storedAt(), turn.team().zone())));
            }
        }
        out.append('\n').append(kit.texts().get(lang, "evidence.how", Kit.ref(c),
                Texts.size(kit.evidence().maxBytes())));
        turn.say(out.toString());
    }
}
