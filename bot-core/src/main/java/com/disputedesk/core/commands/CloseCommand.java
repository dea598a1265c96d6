package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.money.Money;
import com.disputedesk.core.money.MoneyParser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /close &lt;case&gt; &lt;outcome&gt; [refunded amount]: ends a case for good. The amount is in the case currency;
 * a full refund or a return without one refunded the order amount; a partial refund needs its amount.
 */
final class CloseCommand implements CommandHandler {
    private final Kit kit;

    CloseCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("close");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        List<String> args = command.args();
        if (args.size() < 2 || args.size() > 4) {
            kit.sayUsage(turn, "close");
            return;
        }
        Optional<Outcome> outcome = Coded.parse(Outcome.class, args.get(1));
        if (outcome.isEmpty()) {
            kit.say(turn, "close.bad.outcome", args.get(1), outcomeCodes(), kit.usage(turn, "close"));
            return;
        }
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(0), "close");
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        Money order = c.facts().orderAmount();
        Optional<Money> refunded;
        if (args.size() > 2) {
            String typed = String.join(" ", args.subList(2, args.size()));
            refunded = MoneyParser.money(typed, Optional.of(order.currency()));
            if (refunded.isEmpty()) {
                kit.say(turn, "close.bad.amount", typed, order.currency().getCurrencyCode(), kit.usage(turn, "close"));
                return;
            }
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

    static String outcomeCodes() {
        return Arrays.stream(Outcome.values()).map(Outcome::code).collect(Collectors.joining(", "));
    }
}
