package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import java.util.List;
import java.util.Optional;

/** /case &lt;number|#number|order id&gt;: one case as a card. */
final class CaseCommand implements CommandHandler {
    static final Param<CaseRef> NUMBER = Param.caseRef("number");
    static final CommandSpec SPEC = CommandSpec.of("case", Kit.BUNDLE, Section.CASES).params(NUMBER).example("12")
            .build();

    private final Kit kit;
    private final CaseCard card;

    CaseCommand(Kit kit) {
        this.kit = kit;
        this.card = new CaseCard(kit);
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<DisputeCase> c = kit.caseOrHint(turn, args.get(NUMBER), SPEC);
        if (c.isEmpty()) {
            return;
        }
        String text = kit.texts().get(turn.language(), "case.header", Kit.ref(c.get()),
                Glossary.label(turn.language(), c.get().state()));
        turn.say(Reply.text(text).withCard(card.render(turn, c.get()))
                .withChoices(card.choices(turn, c.get())));
    }
}
