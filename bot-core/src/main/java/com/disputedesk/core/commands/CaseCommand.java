package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import java.util.List;
import java.util.Optional;

/** /case &lt;number|#number|order id&gt;: one case as a card. */
final class CaseCommand implements CommandHandler {
    private final Kit kit;
    private final CaseCard card;

    CaseCommand(Kit kit) {
        this.kit = kit;
        this.card = new CaseCard(kit);
    }

    @Override
    public List<String> names() {
        return List.of("case");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        if (command.args().size() != 1) {
            kit.sayUsage(turn, "case");
            return;
        }
        Optional<DisputeCase> c = kit.caseOrHint(turn, command.args().get(0), "case");
        if (c.isEmpty()) {
            return;
        }
        String text = kit.texts().get(turn.language(), "case.header", Kit.ref(c.get()),
                Glossary.label(turn.language(), c.get().state()));
        turn.say(Reply.text(text).withCard(card.render(turn, c.get())));
    }
}
