package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Amount;
import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.BadInput;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.ParamType;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.remedy.SuggestionView;
import com.disputedesk.core.bot.FactValues;
import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.remedy.QuickFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * /remedy &lt;reason&gt; [amount currency] [marketplace] [name=value facts]: a quick suggestion with no case, as if a dispute with
 * these facts opened today, shown as the remedy engine's team view. With no amount the offers carry none; the
 * answer says what was assumed.
 */
final class RemedyCommand implements CommandHandler {
    /** The currency of an amount typed without one: marketplaces settle cross-border orders in it most often. */
    static final Currency ASSUMED_CURRENCY = Currency.getInstance("USD");

    static final Param<Reason> REASON = Param.choice("reason", Reason.class).badValue("bad.reason");
    static final Param<Amount> AMOUNT = Param.money("amount").optional();

    private final Kit kit;
    private final SuggestionView view = new SuggestionView();
    /** The playbook's marketplaces, typed by id. */
    private final Param<String> marketplaceParam;
    private final CommandSpec spec;

    RemedyCommand(Kit kit) {
        this.kit = kit;
        this.marketplaceParam = Param.oneOf("marketplace", () -> kit.remedies().marketplaces().stream()
                .map(m -> new ParamType.Option(m.id(), m.name())).toList()).optional().badValue("remedy.bad.word");
        this.spec = CommandSpec.of("remedy", Kit.BUNDLE, Section.QUICK)
                .params(REASON, AMOUNT, marketplaceParam, RemedyFacts.FACTS)
                .example("not-received 12 USD aliexpress tracking=in-transit silent-days=30 item-cost=4").build();
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(spec);
    }

    /**
     * A word no param takes after an amount may be what made it no amount ("30.5 JPY", "10.123 USD", "10 XAU"):
     * then the reason is told; any other word gets the command's own hint.
     */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        if (!bad.concerns(marketplaceParam)) {
            return false;
        }
        String typed = parsed.find(AMOUNT).map(a -> a.value().toPlainString() + " " + bad.typed())
                .orElse(bad.typed());
        Optional<String> why = kit.amounts().whyNot(typed, ASSUMED_CURRENCY, turn.language())
                .or(() -> kit.amounts().whyNot(bad.typed(), ASSUMED_CURRENCY, turn.language()));
        why.ifPresent(turn::say);
        return why.isPresent();
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        UiLanguage lang = turn.language();
        Optional<Reason> reason = Optional.of(args.get(REASON));
        Optional<Marketplace> marketplace = args.find(marketplaceParam).flatMap(id -> kit.remedies().marketplace(id));
        List<String> assumed = new ArrayList<>();
        Optional<Amount> typed = args.find(AMOUNT);
        Optional<Money> amount = typed.map(a -> new Money(a.value(), a.currency().orElse(ASSUMED_CURRENCY)));
        if (typed.isPresent() && typed.get().currency().isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.currency", ASSUMED_CURRENCY.getCurrencyCode()));
        }
        Optional<String> tooLarge = amount.flatMap(m -> kit.amounts().aboveCeiling(m, lang));
        if (tooLarge.isPresent()) {
            turn.say(tooLarge.get());
            return;
        }
        if (amount.isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.no.amount"));
        }
        if (marketplace.isEmpty()) {
            marketplace = kit.remedies().marketplaces().stream().findFirst();
            if (marketplace.isEmpty()) {
                kit.say(turn, "remedy.no.marketplaces");
                return;
            }
            assumed.add(kit.texts().get(lang, "remedy.assumed.marketplace", marketplace.get().name()));
        }
        LocalDate today = LocalDate.ofInstant(turn.now(), turn.zone());
        FactValues facts = args.find(RemedyFacts.FACTS).orElse(FactValues.NONE);
        Optional<String> wrong = problem(lang, facts, amount, turn);
        if (wrong.isPresent()) {
            turn.say(wrong.get() + " " + args.usage());
            return;
        }
        LocalDate openedOn = facts.find(RemedyFacts.OPENED).map(LocalDateTime::toLocalDate).orElse(today);
        Suggestion s = kit.remedies().quick(reason.get(), amount.orElse(null), marketplace.get().id(),
                quickFacts(facts, amount), openedOn, turn.zone());
        String reasonLabel = Glossary.label(lang, reason.get());
        String text = amount.isPresent()
                ? kit.texts().get(lang, "remedy.header", reasonLabel, marketplace.get().name(), amount.get().toString())
                : kit.texts().get(lang, "remedy.header.no.amount", reasonLabel, marketplace.get().name());
        if (!facts.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.facts.used", factsLine(args));
        }
        if (!assumed.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.assumed", String.join("; ", assumed));
        }
        Card card = view.render(kit.texts().get(lang, "remedy.title", reasonLabel), s, lang, turn.zone(),
                turn.now());
        turn.say(Reply.text(text).withCard(card));
    }

    /** Facts that cannot go together with what else was typed: why, or empty. */
    private Optional<String> problem(UiLanguage lang, FactValues f, Optional<Money> amount, Turn turn) {
        boolean needsAmount = f.find(RemedyFacts.ITEM_COST).isPresent()
                || f.find(RemedyFacts.SHIPPING_COST).isPresent()
                || f.find(RemedyFacts.ASKS).flatMap(RemedyFacts.Asked::amount).isPresent();
        if (needsAmount && amount.isEmpty()) {
            return Optional.of(kit.texts().get(lang, "remedy.fact.needs.amount"));
        }
        if (amount.isPresent()) {
            Currency c = amount.get().currency();
            for (Optional<BigDecimal> v : List.of(f.find(RemedyFacts.ITEM_COST), f.find(RemedyFacts.SHIPPING_COST),
                    f.find(RemedyFacts.ASKS).flatMap(RemedyFacts.Asked::amount))) {
                int digits = Math.max(c.getDefaultFractionDigits(), 0);
                if (v.isPresent() && v.get().stripTrailingZeros().scale() > digits) {
                    return Optional.of(kit.texts().get(lang, "remedy.fact.decimals", v.get().toPlainString(),
                            c.getCurrencyCode(), digits));
                }
            }
            Optional<BigDecimal> asked = f.find(RemedyFacts.ASKS).flatMap(RemedyFacts.Asked::amount);
            if (asked.isPresent() && asked.get().compareTo(amount.get().amount()) > 0) {
                return Optional.of(kit.texts().get(lang, "remedy.fact.asks.above", asked.get().toPlainString(),
                        amount.get().toString()));
            }
        }
        Optional<Integer> silent = f.find(RemedyFacts.SILENT_DAYS);
        Optional<Integer> shipped = f.find(RemedyFacts.SHIPPED_DAYS);
        if (silent.isPresent() && shipped.isPresent() && silent.get() > shipped.get()) {
            return Optional.of(kit.texts().get(lang, "remedy.fact.silent.longer", silent.get(), shipped.get()));
        }
        Optional<LocalDateTime> opened = f.find(RemedyFacts.OPENED);
        if (opened.isPresent() && opened.get().atZone(turn.zone()).toInstant().isAfter(turn.now())) {
            return Optional.of(kit.texts().get(lang, "remedy.fact.opened.future", opened.get().toString()));
        }
        return Optional.empty();
    }

    private static QuickFacts quickFacts(FactValues f, Optional<Money> amount) {
        Optional<Currency> c = amount.map(Money::currency);
        Optional<BuyerRequest> asks = f.find(RemedyFacts.ASKS).map(a -> a.amount().isPresent()
                ? BuyerRequest.partial(new Money(a.amount().get(), c.orElseThrow())) : BuyerRequest.of(a.kind()));
        return new QuickFacts(f.find(RemedyFacts.TRACKING),
                f.find(RemedyFacts.SHIPPED_DAYS).map(OptionalInt::of).orElse(OptionalInt.empty()),
                f.find(RemedyFacts.SILENT_DAYS).map(OptionalInt::of).orElse(OptionalInt.empty()),
                f.find(RemedyFacts.ITEM_COST).map(v -> new Money(v, c.orElseThrow())),
                f.find(RemedyFacts.SHIPPING_COST).map(v -> new Money(v, c.orElseThrow())),
                asks, f.find(RemedyFacts.EVIDENCE).orElse(Set.of()));
    }

    /** The facts as typed, in the order the command declares them. */
    private static String factsLine(Arguments args) {
        String typed = args.command().rawArgs();
        List<String> facts = new ArrayList<>();
        for (String w : typed.trim().split("\\s+")) {
            if (w.contains("=")) {
                facts.add(w);
            }
        }
        return String.join(" ", facts);
    }
}
