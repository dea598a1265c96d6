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
import com.disputedesk.core.remedy.SuggestionView;
import com.disputedesk.core.bot.FactValues;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * /remedy &lt;reason&gt; [amount currency] [marketplace] [name=value facts]: a quick suggestion with no case, as if
 * a dispute with these facts opened now (or at the moment {@code opened=} gives), shown as the remedy engine's team
 * view. With no amount the offers carry none; the answer says what was assumed. The evaluation is
 * {@link QuickRemedy}'s, the same {@code disputedesk suggest} prints.
 */
final class RemedyCommand implements CommandHandler {
    /** The currency of an amount typed without one: marketplaces settle cross-border orders in it most often. */
    static final Currency ASSUMED_CURRENCY = Currency.getInstance("USD");

    static final Param<Reason> REASON = Param.choice("reason", Reason.class).badValue("bad.reason");
    static final Param<Amount> AMOUNT = Param.money("amount").optional();

    private final Kit kit;
    private final SuggestionView view = new SuggestionView();
    private final QuickRemedy quick;
    /** The playbook's marketplaces, typed by id. */
    private final Param<String> marketplaceParam;
    private final CommandSpec spec;

    RemedyCommand(Kit kit) {
        this.kit = kit;
        this.quick = new QuickRemedy(kit.remedies(), kit.amounts(), kit.texts());
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
        Reason reason = args.get(REASON);
        Optional<String> marketplace = args.find(marketplaceParam);
        List<String> assumed = new ArrayList<>();
        Optional<Amount> typed = args.find(AMOUNT);
        Optional<Money> amount = typed.map(a -> new Money(a.value(), a.currency().orElse(ASSUMED_CURRENCY)));
        if (typed.isPresent() && typed.get().currency().isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.currency", ASSUMED_CURRENCY.getCurrencyCode()));
        }
        if (amount.isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.no.amount"));
        }
        FactValues facts = args.find(RemedyFacts.FACTS).orElse(FactValues.NONE);
        QuickRemedy.Answer answer = quick.evaluate(new QuickRemedy.Question(reason, amount, marketplace, facts,
                Optional.empty()), turn.now(), turn.zone(), lang);
        if (answer instanceof QuickRemedy.Refused refused) {
            // a fact that does not fit gets the command's usage, as a bad fact value does
            boolean fact = QuickRemedy.factNames().contains(refused.field());
            turn.say(fact ? refused.why() + " " + args.usage() : refused.why());
            return;
        }
        QuickRemedy.Suggested suggested = (QuickRemedy.Suggested) answer;
        Marketplace market = suggested.marketplace();
        if (marketplace.isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.marketplace", market.name()));
        }
        String reasonLabel = Glossary.label(lang, reason);
        String text = amount.isPresent()
                ? kit.texts().get(lang, "remedy.header", reasonLabel, market.name(), amount.get().toString())
                : kit.texts().get(lang, "remedy.header.no.amount", reasonLabel, market.name());
        if (!facts.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.facts.used", factsLine(args));
        }
        if (!assumed.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.assumed", String.join("; ", assumed));
        }
        Card card = view.render(kit.texts().get(lang, "remedy.title", reasonLabel), suggested.suggestion(), lang,
                turn.zone(), turn.now());
        turn.say(Reply.text(text).withCard(card));
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
