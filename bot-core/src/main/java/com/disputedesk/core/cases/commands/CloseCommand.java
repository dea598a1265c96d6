package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Amount;
import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.BadInput;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import java.util.List;
import java.util.Optional;

/**
 * /close &lt;case&gt; &lt;outcome&gt; [refunded amount]: ends a case for good. The amount is in the case currency;
 * a full refund or a return without one refunded the order amount; a partial refund needs its amount.
 */
final class CloseCommand implements CommandHandler {
    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<Outcome> OUTCOME = Param.choice("outcome", Outcome.class).badValue("close.bad.outcome");
    static final Param<Amount> REFUNDED = Param.money("refunded").optional();
    static final CommandSpec SPEC = CommandSpec.of("close", Kit.BUNDLE, Section.WORK)
            .params(CASE, OUTCOME, REFUNDED).example("12 partial-refund 15.00").build();

    private final Kit kit;

    CloseCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    /** An amount that is none is told in the case's currency, so the member sees what to type. */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        if (!bad.concerns(REFUNDED)) {
            return false;
        }
        Optional<DisputeCase> found = kit.caseOrHint(turn, parsed.get(CASE), SPEC);
        found.ifPresent(c -> kit.say(turn, "close.bad.amount", bad.typed(),
                c.facts().orderAmount().currency().getCurrencyCode(), kit.usage(turn, SPEC)));
        return true;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<Outcome> outcome = Optional.of(args.get(OUTCOME));
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        Money order = c.facts().orderAmount();
        Optional<Money> refunded;
        Optional<Amount> typed = args.find(REFUNDED);
        if (typed.isPresent()) {
            refunded = Optional.of(new Money(typed.get().value(), typed.get().currency().orElse(order.currency())));
        } else if (outcome.get() == Outcome.FULL_REFUND || outcome.get() == Outcome.RETURNED) {
            refunded = Optional.of(order);
        } else if (outcome.get() == Outcome.PARTIAL_REFUND) {
            kit.say(turn, "close.amount.needed", Kit.ref(c), order.currency().getCurrencyCode());
            return;
        } else {
            refunded = Optional.empty();
        }
        Optional<DisputeCase> changed = kit.change(turn, c,
                () -> kit.service().close(c, outcome.get(), refunded, turn.member(), turn.now()));
        if (changed.isEmpty()) {
            return;
        }
        DisputeCase closed = changed.get();
        String how = Glossary.label(turn.language(), outcome.get())
                + closed.refunded().map(m -> ", " + kit.texts().get(turn.language(), "refunded", m.toString()))
                .orElse("");
        kit.say(turn, "close.done", Kit.ref(c), how);
    }
}
