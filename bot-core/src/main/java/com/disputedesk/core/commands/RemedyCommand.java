package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.money.Money;
import com.disputedesk.core.money.MoneyParser;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.remedy.SuggestionView;
import com.disputedesk.core.team.UiLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /remedy &lt;reason&gt; [amount currency] [marketplace]: a quick suggestion with no case, as if a dispute with
 * these facts opened today, shown as the remedy engine's team view. With no amount the offers carry none; the
 * answer says what was assumed.
 */
final class RemedyCommand implements CommandHandler {
    /** The currency of an amount typed without one: marketplaces settle cross-border orders in it most often. */
    static final Currency ASSUMED_CURRENCY = Currency.getInstance("USD");

    private final Kit kit;
    private final SuggestionView view = new SuggestionView();

    RemedyCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("remedy");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        UiLanguage lang = turn.language();
        List<String> args = command.args();
        if (args.isEmpty()) {
            kit.sayUsage(turn, "remedy");
            return;
        }
        Optional<Reason> reason = Coded.parse(Reason.class, args.get(0));
        if (reason.isEmpty()) {
            kit.say(turn, "bad.reason", args.get(0), reasonCodes(), kit.usage(turn, "remedy"));
            return;
        }
        Optional<Money> amount = Optional.empty();
        Optional<Marketplace> marketplace = Optional.empty();
        List<String> assumed = new ArrayList<>();
        int i = 1;
        while (i < args.size()) {
            String word = args.get(i);
            Optional<Marketplace> m = kit.remedies().marketplace(word.toLowerCase(Locale.ROOT));
            if (m.isPresent() && marketplace.isEmpty()) {
                marketplace = m;
                i++;
                continue;
            }
            Optional<Money> oneWord = MoneyParser.money(word, Optional.empty());
            if (amount.isEmpty() && oneWord.isPresent()) {
                // "40usd" or "USD40" in one word
                amount = oneWord;
                i++;
                continue;
            }
            if (amount.isEmpty() && MoneyParser.amount(word).isPresent()) {
                Optional<Currency> currency = i + 1 < args.size() ? MoneyParser.currency(args.get(i + 1))
                        : Optional.empty();
                amount = Optional.of(new Money(MoneyParser.amount(word).get(),
                        currency.orElse(ASSUMED_CURRENCY)));
                if (currency.isEmpty()) {
                    assumed.add(kit.texts().get(lang, "remedy.assumed.currency", ASSUMED_CURRENCY.getCurrencyCode()));
                }
                i += currency.isPresent() ? 2 : 1;
                continue;
            }
            kit.say(turn, "remedy.bad.word", word, marketplaceIds(), kit.usage(turn, "remedy"));
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
        LocalDate today = LocalDate.ofInstant(turn.now(), turn.team().zone());
        Suggestion s = kit.remedies().quick(reason.get(), amount.orElse(null), marketplace.get().id(), today,
                turn.team().zone());
        String reasonLabel = Glossary.label(lang, reason.get());
        String text = amount.isPresent()
                ? kit.texts().get(lang, "remedy.header", reasonLabel, marketplace.get().name(), amount.get().toString())
                : kit.texts().get(lang, "remedy.header.no.amount", reasonLabel, marketplace.get().name());
        if (!assumed.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.assumed", String.join("; ", assumed));
        }
        Card card = view.render(kit.texts().get(lang, "remedy.title", reasonLabel), s, lang, turn.team().zone(),
                turn.now());
        turn.say(Reply.text(text).withCard(card));
    }

    static String reasonCodes() {
        return Arrays.stream(Reason.values()).map(Reason::code).collect(Collectors.joining(", "));
    }

    private String marketplaceIds() {
        return kit.remedies().marketplaces().stream().map(Marketplace::id).collect(Collectors.joining(", "));
    }
}
