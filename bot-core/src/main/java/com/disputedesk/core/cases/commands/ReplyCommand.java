package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.remedy.BuyerMessage;
import com.disputedesk.core.remedy.CounterVerdict;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /reply &lt;case&gt; accepted|rejected|counter [text]: records the buyer's answer to the pending offer and says
 * what to do next: how to close an accepted offer, the next rung after a rejection, whether a counter amount is
 * bearable. /reply &lt;case&gt; changed &lt;what&gt; records a changed request ({@link RequestChanged}).
 */
final class ReplyCommand implements CommandHandler {
    /**
     * An amount in a buyer's counter ("20", "20.50", "20 usd", "EUR 20"). A code before the number must be upper
     * case, so words like "try 20" are not read as Turkish lira.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:\\b([A-Z]{3})\\s*)?(\\d+(?:[.,]\\d+)?)(?:\\s*([A-Za-z]{3})\\b)?");

    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<BuyerAnswer> ANSWER = Param.choice("answer", BuyerAnswer.class);
    static final Param<String> TEXT = Param.text("text", 1000).optional();
    static final CommandSpec SPEC = CommandSpec.of("reply", Kit.BUNDLE, Section.WORK).params(CASE, ANSWER, TEXT)
            .example("12 counter wants 20 USD").build();

    private final Kit kit;
    private final SuggestionLines lines;
    private final RequestChanged changed;

    ReplyCommand(Kit kit) {
        this.kit = kit;
        this.lines = new SuggestionLines(kit.texts());
        this.changed = new RequestChanged(kit, SPEC);
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<BuyerAnswer> answer = Optional.of(args.get(ANSWER));
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        if (answer.get() == BuyerAnswer.CHANGED) {
            changed.record(turn, c, args.find(TEXT).orElse(""));
            return;
        }
        Optional<SentOffer> pending = kit.service().pendingOffer(c);
        if (pending.isEmpty()) {
            kit.sayRefused(turn, c, CaseService.Rule.NO_PENDING_OFFER);
            return;
        }
        String text = args.find(TEXT).orElse("");
        if (answer.get() == BuyerAnswer.COUNTER) {
            Optional<String> bad = badCounterAmount(text, c, turn.language());
            if (bad.isPresent()) {
                kit.say(turn, "reply.counter.bad.amount", bad.get());
                return;
            }
        }
        if (kit.change(turn, c, () -> kit.service().buyerReplied(c, answer.get(), text, turn.member(), turn.now()))
                .isEmpty()) {
            return;
        }
        UiLanguage lang = turn.language();
        String recorded = kit.texts().get(lang, "reply.recorded." + answer.get().code(), Kit.ref(c),
                Integer.toString(pending.get().rank()));
        turn.say(recorded + "\n" + nextStep(turn, c, answer.get(), pending.get(), text));
    }

    private String nextStep(Turn turn, DisputeCase c, BuyerAnswer answer, SentOffer offer, String text) {
        UiLanguage lang = turn.language();
        if (answer == BuyerAnswer.ACCEPTED) {
            return kit.texts().get(lang, "reply.next.close", closeCommand(c, offer));
        }
        Optional<Suggestion> suggestion = kit.suggestion(c, turn);
        if (suggestion.isEmpty()) {
            return kit.texts().get(lang, "suggestion.unavailable", c.facts().marketplace());
        }
        String next = nextRung(turn, c, suggestion.get(), offer);
        if (answer == BuyerAnswer.REJECTED) {
            return next;
        }
        Currency currency = c.facts().orderAmount().currency();
        Optional<Money> asked = amountIn(text, currency);
        if (asked.isEmpty()) {
            return kit.texts().get(lang, "reply.counter.no.amount") + "\n" + next;
        }
        // the counter is judged by the same rules as the ladder: never-list, policy, order amount, the cap
        CounterVerdict verdict = kit.remedies().counter(c.facts(), asked.get());
        String a = asked.get().toString();
        if (verdict instanceof CounterVerdict.Never never) {
            return kit.texts().get(lang, "reply.counter.never", a, never.why().in(lang)) + "\n" + next;
        }
        if (verdict instanceof CounterVerdict.Policy policy) {
            return kit.texts().get(lang, "reply.counter.no.partials", a, policy.marketplace())
                    + policy.why().map(w -> kit.texts().get(lang, "reply.counter.policy.why", w.in(lang))).orElse("")
                    + "\n" + next;
        }
        if (verdict instanceof CounterVerdict.AboveOrder o) {
            return kit.texts().get(lang, "reply.counter.above.order", a, o.orderAmount().toString()) + "\n" + next;
        }
        if (verdict instanceof CounterVerdict.AboveCap over) {
            return kit.texts().get(lang, "reply.counter.over", a, over.cap().toString()) + "\n" + next;
        }
        Money cap = ((CounterVerdict.Within) verdict).cap();
        return kit.texts().get(lang, "reply.counter.within", a, cap.toString(), Kit.ref(c),
                asked.get().amount().toPlainString());
    }

    /** The first rung after the one just answered, with the command that sends it. */
    private String nextRung(Turn turn, DisputeCase c, Suggestion s, SentOffer answered) {
        UiLanguage lang = turn.language();
        Optional<Offer> next = s.offers().stream().filter(o -> o.rank() > answered.rank()).findFirst();
        if (next.isEmpty()) {
            Optional<LocalText> noRefund = kit.remedies().forbids(c.facts(), OfferKind.FULL_REFUND);
            if (noRefund.isPresent()) {
                return kit.texts().get(lang, "reply.next.none.no-refund", Kit.ref(c), noRefund.get().in(lang));
            }
            return kit.texts().get(lang, "reply.next.none", Kit.ref(c),
                    c.facts().orderAmount().amount().toPlainString());
        }
        String rung = kit.texts().get(lang, "reply.next.rung", lines.offer(lang, next.get()), Kit.ref(c),
                Integer.toString(next.get().rank()));
        return rung + draftFor(lang, c, next.get().rank());
    }

    /** The buyer message for that rung, so the member can send it at once. */
    private String draftFor(UiLanguage lang, DisputeCase c, int rank) {
        BuyerMessage draft = kit.remedies().draft(c.facts(), rank);
        return "\n\n" + kit.texts().get(lang, "reply.next.draft", draft.language()) + "\n" + draft.text();
    }

    /**
     * The first amount in the buyer's words, when it is in the case currency (or names none) and respects that
     * currency's minor unit (30.5 is no JPY amount; it is never rounded).
     */
    static Optional<Money> amountIn(String text, Currency caseCurrency) {
        return caseAmountWords(text, caseCurrency).flatMap(words -> MoneyParser.money(words, Optional.of(caseCurrency)));
    }

    /**
     * Why the amount a counter names cannot be taken for the case (too many decimals for its currency, too many
     * digits, above the ceiling); empty when it can, or when it names no amount in the case's currency at all.
     */
    private Optional<String> badCounterAmount(String text, DisputeCase c, UiLanguage lang) {
        Currency currency = c.facts().orderAmount().currency();
        Optional<String> words = caseAmountWords(text, currency);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> whyNot = kit.amounts().whyNot(words.get(), c, lang);
        if (whyNot.isPresent()) {
            return whyNot;
        }
        return amountIn(text, currency).flatMap(m -> kit.amounts().bounded(m, c, lang)
                instanceof CaseAmounts.Refused r ? Optional.of(r.why()) : Optional.empty());
    }

    /** The words of the first amount in the buyer's text, unless they name a currency other than the case's. */
    private static Optional<String> caseAmountWords(String text, Currency caseCurrency) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1) != null && MoneyParser.currency(m.group(1)).isPresent() ? m.group(1) : m.group(3);
        Optional<Currency> named = code == null ? Optional.empty() : MoneyParser.currency(code);
        if (named.isPresent() && !named.get().equals(caseCurrency)) {
            return Optional.empty();
        }
        return Optional.of(m.group(2));
    }

    /** The /close command that settles an accepted offer. */
    static String closeCommand(DisputeCase c, SentOffer offer) {
        String ref = Kit.ref(c);
        Money order = c.facts().orderAmount();
        switch (offer.kind()) {
            case PARTIAL_REFUND:
                return "/close " + ref + " " + Outcome.PARTIAL_REFUND.code() + " "
                        + offer.amount().orElse(order).amount().toPlainString();
            case FULL_REFUND:
                return "/close " + ref + " " + Outcome.FULL_REFUND.code() + " "
                        + offer.amount().orElse(order).amount().toPlainString();
            case RETURN_AND_REFUND:
                return "/close " + ref + " " + Outcome.RETURNED.code() + " " + order.amount().toPlainString();
            case RESHIP:
            case EXCHANGE:
            case SEND_PART:
                return "/close " + ref + " " + Outcome.RESHIPPED.code();
            case COUPON:
                return "/close " + ref + " " + Outcome.KEPT.code();
            default:
                // proof, waiting, an inquiry, help with customs or troubleshooting: the buyer drops the dispute
                return "/close " + ref + " " + Outcome.WITHDRAWN.code();
        }
    }
}
