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
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Settlement;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * /close &lt;case&gt; &lt;outcome&gt; [amount] [confirm]: ends a case for good, with the amount its outcome records
 * ({@link Settlement}). The amount is in the case currency, exactly as typed: a full refund or a return without
 * one refunded the order amount; a partial refund needs its amount, less than the order's; a reship may record
 * what it cost; kept, withdrawn and won take none. A full refund of another amount than the order's needs
 * {@code confirm}.
 */
final class CloseCommand implements CommandHandler {
    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<Outcome> OUTCOME = Param.choice("outcome", Outcome.class).badValue("close.bad.outcome");
    static final Param<Amount> REFUNDED = Param.money("refunded").optional();
    static final Param<Boolean> CONFIRM = Param.word("confirm", CloseCommand::confirmWord, 10).optional();
    static final CommandSpec SPEC = CommandSpec.of("close", Kit.BUNDLE, Section.WORK)
            .params(CASE, OUTCOME, REFUNDED, CONFIRM).example("12 partial-refund 15.00").build();

    private final Kit kit;

    CloseCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    /**
     * An amount that is none is told in the case's currency with what exactly is wrong (too many decimals for the
     * currency, not money), so the member sees what to type. A word neither param takes is read as a bad amount.
     */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        if (!bad.concerns(REFUNDED) && !bad.concerns(CONFIRM)) {
            return false;
        }
        Optional<DisputeCase> found = kit.caseOrHint(turn, parsed.get(CASE), SPEC);
        // "30.5 JPY": the number alone read as an amount, so the code is the word left over
        String typed = bad.concerns(CONFIRM) && parsed.find(REFUNDED).isPresent()
                ? parsed.find(REFUNDED).get().value().toPlainString() + " " + bad.typed() : bad.typed();
        found.ifPresent(c -> {
            Optional<String> why = kit.amounts().whyNot(typed, c, turn.language());
            if (why.isPresent()) {
                turn.say(why.get());
            } else {
                kit.say(turn, "close.bad.amount", bad.typed(), c.facts().orderAmount().currency().getCurrencyCode(),
                        kit.usage(turn, SPEC));
            }
        });
        return true;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Outcome outcome = args.get(OUTCOME);
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        Optional<Money> typed = Optional.empty();
        if (args.find(REFUNDED).isPresent()) {
            Amount a = args.find(REFUNDED).get();
            CaseAmounts.Checked checked = kit.amounts().check(a, a.value().toPlainString()
                    + a.currency().map(cur -> " " + cur.getCurrencyCode()).orElse(""), c, turn.language());
            if (checked instanceof CaseAmounts.Refused r) {
                turn.say(r.why());
                return;
            }
            typed = Optional.of(((CaseAmounts.Ok) checked).money());
        }
        Money order = c.facts().orderAmount();
        Optional<Money> amount = typed.isPresent() || !(outcome == Outcome.FULL_REFUND || outcome == Outcome.RETURNED)
                ? typed : Optional.of(order);
        boolean confirmed = args.find(CONFIRM).orElse(false);
        try {
            Settlement.check(outcome, amount, order, confirmed);
        } catch (CaseService.Refused refused) {
            explainRefusal(turn, c, outcome, amount, refused.rule());
            return;
        }
        Optional<DisputeCase> changed = kit.change(turn, c,
                () -> kit.service().close(c, outcome, amount, confirmed, turn.member(), turn.now()));
        if (changed.isEmpty()) {
            return;
        }
        DisputeCase closed = changed.get();
        String how = Glossary.label(turn.language(), outcome)
                + closed.refund().map(m -> ", " + kit.texts().get(turn.language(), "refunded", m.toString()))
                .orElse("")
                + closed.reshipCost().map(m -> ", " + kit.texts().get(turn.language(), "reship.cost", m.toString()))
                .orElse("");
        kit.say(turn, "close.done", Kit.ref(c), how);
    }

    /** Why outcome and amount disagree, with the command that would do what the member likely meant. */
    private void explainRefusal(Turn turn, DisputeCase c, Outcome outcome, Optional<Money> amount,
                                CaseService.Rule rule) {
        String ref = Kit.ref(c);
        Money order = c.facts().orderAmount();
        switch (rule) {
            case NO_AMOUNT_FOR_OUTCOME -> kit.say(turn, "close.no.amount", Glossary.label(turn.language(), outcome),
                    ref, outcome.code());
            case PARTIAL_NOT_PARTIAL -> kit.say(turn, amount.map(m -> m.compareTo(order) == 0).orElse(false)
                    ? "close.partial.is.full" : "refused.partial", order.toString(), ref);
            case FULL_REFUND_DIFFERS -> kit.say(turn, "close.full.differs", order.toString(),
                    amount.orElseThrow().toString(), ref, amount.orElseThrow().amount().toPlainString());
            default -> kit.sayRefused(turn, c, rule);
        }
    }

    /** "confirm" (or its Chinese word) accepts a full refund of another amount than the order's. */
    private static Optional<Boolean> confirmWord(String w) {
        String t = w.toLowerCase(Locale.ROOT);
        return t.equals("confirm") || t.equals("确认") ? Optional.of(true) : Optional.empty();
    }
}
