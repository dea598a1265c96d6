package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.money.Money;
import com.disputedesk.core.money.MoneyParser;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.team.UiLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * /remedy &lt;reason&gt; [amount currency] [marketplace]: a quick suggestion with no case, as if a dispute with
 * these facts opened today. What the member did not say is assumed, and the answer says what was assumed.
 */
final class RemedyCommand implements CommandHandler {
    /** The order amount assumed when none is given: round, so the offers read as percentages. */
    static final Money ASSUMED_AMOUNT = Money.of("100", "USD");

    private final Kit kit;
    private final SuggestionLines lines;

    RemedyCommand(Kit kit) {
        this.kit = kit;
        this.lines = new SuggestionLines(kit.texts());
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
        int i = 1;
        while (i < args.size()) {
            String word = args.get(i);
            Optional<Marketplace> m = kit.remedies().marketplace(word.toLowerCase(Locale.ROOT));
            if (m.isPresent() && marketplace.isEmpty()) {
                marketplace = m;
                i++;
                continue;
            }
            if (amount.isEmpty() && MoneyParser.amount(word).isPresent() && i + 1 < args.size()) {
                Optional<Currency> currency = MoneyParser.currency(args.get(i + 1));
                if (currency.isPresent()) {
                    amount = Optional.of(new Money(MoneyParser.amount(word).get(), currency.get()));
                    i += 2;
                    continue;
                }
            }
            kit.say(turn, "remedy.bad.word", word, marketplaceIds(), kit.usage(turn, "remedy"));
            return;
        }
        List<String> assumed = new ArrayList<>();
        if (amount.isEmpty()) {
            assumed.add(kit.texts().get(lang, "remedy.assumed.amount", ASSUMED_AMOUNT.toString()));
        }
        if (marketplace.isEmpty()) {
            marketplace = kit.remedies().marketplaces().stream().findFirst();
            if (marketplace.isEmpty()) {
                kit.say(turn, "remedy.no.marketplaces");
                return;
            }
            assumed.add(kit.texts().get(lang, "remedy.assumed.marketplace", marketplace.get().name()));
        }
        Money order = amount.orElse(ASSUMED_AMOUNT);
        LocalDate today = LocalDate.ofInstant(turn.now(), turn.team().zone());
        CaseFacts facts = new CaseFacts(marketplace.get().id(), "-", "-", "en", reason.get(),
                BuyerRequest.of(RequestKind.FULL_REFUND), order, Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), today);
        Suggestion s = kit.remedies().suggest(facts, turn.team().zone());
        String text = kit.texts().get(lang, "remedy.header", kit.texts().reason(lang, reason.get()),
                marketplace.get().name(), order.toString());
        if (!assumed.isEmpty()) {
            text += "\n" + kit.texts().get(lang, "remedy.assumed", String.join("; ", assumed));
        }
        List<Card.Field> fields = new ArrayList<>(Fields.split(kit.texts().get(lang, "field.offers"),
                lines.offers(lang, s)));
        fields.addAll(Fields.split(kit.texts().get(lang, "field.evidence.needed"), lines.evidence(lang, s)));
        fields.add(new Card.Field(kit.texts().get(lang, "field.deadline.today"),
                lines.deadline(lang, s.deadline(), turn.now(), turn.team().zone())));
        Card card = new Card(kit.texts().get(lang, "remedy.title", kit.texts().reason(lang, reason.get())), fields,
                kit.texts().get(lang, "remedy.footer", reason.get().code()));
        turn.say(Reply.text(text).withCard(card));
    }

    static String reasonCodes() {
        return Arrays.stream(Reason.values()).map(Reason::code).collect(Collectors.joining(", "));
    }

    private String marketplaceIds() {
        return kit.remedies().marketplaces().stream().map(Marketplace::id).collect(Collectors.joining(", "));
    }
}
