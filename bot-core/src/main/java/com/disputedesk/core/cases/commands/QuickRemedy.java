package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.FactKey;
import com.disputedesk.core.bot.FactValues;
import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Moments;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.MoneyReading;
import com.disputedesk.core.kernel.Nearest;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.QuickFacts;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A quick suggestion with no case: a reason, what the buyer paid, a marketplace and the facts known, read against
 * the playbook at a moment in the team's zone. It is the one evaluation behind {@code /remedy} and
 * {@code disputedesk suggest}: both show what {@link #evaluate} answers, so the two never disagree.
 */
public final class QuickRemedy {
    /** The fields a case given as text has besides its facts ({@link #ask}). */
    public static final List<String> CASE_FIELDS = List.of("reason", "amount", "currency", "marketplace",
            "buyer-language", "team-zone", "team-language");

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Remedies remedies;
    private final CaseAmounts amounts;
    private final Texts texts;

    /** Over the playbook's engine, with the usual largest order amount per currency. */
    public QuickRemedy(Remedies remedies, AmountCeilings ceilings) {
        this(remedies, new Texts(), ceilings);
    }

    private QuickRemedy(Remedies remedies, Texts texts, AmountCeilings ceilings) {
        this(remedies, new CaseAmounts(ceilings, texts), texts);
    }

    QuickRemedy(Remedies remedies, CaseAmounts amounts, Texts texts) {
        this.remedies = remedies;
        this.amounts = amounts;
        this.texts = texts;
    }

    /** The facts' names, as {@code /remedy} takes them before '=' and a case given as text names its fields. */
    public static List<String> factNames() {
        return RemedyFacts.ALL.stream().map(FactKey::name).toList();
    }

    /**
     * What is asked.
     *
     * @param reason        the buyer's reason
     * @param amount        what the buyer paid; empty: the offers carry no amounts
     * @param marketplace   a marketplace id or name; empty: the playbook's first
     * @param facts         the facts known; one not known counts as met
     * @param buyerLanguage the buyer's language code; empty: the draft is in English
     */
    public record Question(Reason reason, Optional<Money> amount, Optional<String> marketplace, FactValues facts,
                           Optional<String> buyerLanguage) {
    }

    /** What a question gets: a suggestion, or why there is none. */
    public sealed interface Answer permits Suggested, Refused {
    }

    /**
     * The suggestion and the clocks it was read against.
     *
     * @param reason      the buyer's reason
     * @param amount      what the buyer paid, when given
     * @param zone        the team's time zone the moments were read in
     * @param language    the team's language the texts for the team are in
     * @param marketplace the marketplace suggested for
     * @param opened      the moment the dispute opened: every clock counts from it
     * @param suggestion  the offers, the evidence checklist, the nearest deadline and the draft to the buyer
     * @param clocks      every clock of the marketplace, in the playbook's order: those the opening starts with their
     *                    deadline, the others not started
     */
    public record Suggested(Reason reason, Optional<Money> amount, ZoneId zone, UiLanguage language,
                            Marketplace marketplace, Instant opened, Suggestion suggestion, List<CaseClock> clocks)
            implements Answer {
    }

    /**
     * No suggestion: what was given is wrong.
     *
     * @param field the argument or fact that is wrong ("amount", "silent-days")
     * @param why   one line saying what is wrong and what the field takes, in the team's language
     */
    public record Refused(String field, String why) implements Answer {
    }

    /**
     * The suggestion for {@code q} at {@code now} in the team's {@code zone}: a dispute opened at the moment the
     * {@code opened} fact gives, or now.
     */
    public Answer evaluate(Question q, Instant now, ZoneId zone, UiLanguage lang) {
        Optional<Marketplace> market = q.marketplace().isPresent() ? remedies.marketplace(q.marketplace().get())
                : remedies.marketplaces().stream().findFirst();
        if (market.isEmpty()) {
            return new Refused("marketplace", q.marketplace().isPresent()
                    ? texts.get(lang, "suggest.bad.marketplace", q.marketplace().get(), marketplaceIds())
                    : texts.get(lang, "remedy.no.marketplaces"));
        }
        Optional<String> tooLarge = q.amount().flatMap(m -> amounts.aboveCeiling(m, lang));
        if (tooLarge.isPresent()) {
            return new Refused("amount", tooLarge.get());
        }
        FactValues f = q.facts();
        Optional<Refused> wrong = problem(lang, f, q.amount());
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Instant opened = now;
        Optional<String> openedText = f.find(RemedyFacts.OPENED);
        if (openedText.isPresent()) {
            Moments.Reading r = Moments.read(openedText.get(), now, zone);
            switch (r.problem()) {
                case NONE:
                    opened = r.moment().orElseThrow();
                    break;
                case FUTURE:
                    return new Refused(RemedyFacts.OPENED.name(),
                            texts.get(lang, "remedy.fact.opened.future", openedText.get(), zone.getId()));
                case TOO_OLD:
                    return new Refused(RemedyFacts.OPENED.name(),
                            texts.get(lang, "remedy.fact.opened.old", openedText.get(), Moments.MAX_AGE_DAYS));
                default:
                    return new Refused(RemedyFacts.OPENED.name(), badFact(lang, RemedyFacts.OPENED.name(),
                            openedText.get()));
            }
        }
        Optional<String> region = f.find(RemedyFacts.REGION);
        Suggestion s = remedies.quick(q.reason(), q.amount().orElse(null), market.get().id(),
                quickFacts(f, q.amount(), q.buyerLanguage()), opened, zone);
        return new Suggested(q.reason(), q.amount(), zone, lang, market.get(), opened, s,
                remedies.quickClocks(market.get().id(), opened, region, zone));
    }

    /**
     * A case given as name and value texts (read from a file): {@link #CASE_FIELDS} and the facts, the reason
     * required; the suggestion, or the first field that is unknown, missing or wrong. {@code team-zone} and
     * {@code team-language} name the team's zone and language when they are not {@code zone} and {@code lang}.
     */
    public Answer ask(Map<String, String> given, Instant now, ZoneId zone, UiLanguage lang) {
        Optional<String> languageCode = Optional.ofNullable(given.get("team-language"));
        if (languageCode.isPresent()) {
            Optional<UiLanguage> l = Coded.parse(UiLanguage.class, languageCode.get());
            if (l.isEmpty()) {
                return new Refused("team-language", texts.get(lang, "suggest.team.language.bad", languageCode.get(),
                        Arrays.stream(UiLanguage.values()).map(UiLanguage::code).collect(Collectors.joining(", "))));
            }
            lang = l.get();
        }
        List<String> known = Stream.concat(CASE_FIELDS.stream(), factNames().stream()).toList();
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                Optional<String> near = Nearest.to(name, known);
                return new Refused(name, near.isPresent() ? texts.get(lang, "suggest.unknown.near", name, near.get())
                        : texts.get(lang, "suggest.unknown", name, String.join(", ", known)));
            }
        }
        Optional<String> zoneId = Optional.ofNullable(given.get("team-zone"));
        if (zoneId.isPresent()) {
            try {
                zone = ZoneId.of(zoneId.get().strip());
            } catch (DateTimeException e) {
                return new Refused("team-zone", texts.get(lang, "suggest.zone.bad", zoneId.get()));
            }
        }
        String reasons = Arrays.stream(Reason.values()).map(Reason::code).collect(Collectors.joining(", "));
        Optional<String> reasonText = Optional.ofNullable(given.get("reason"));
        if (reasonText.isEmpty()) {
            return new Refused("reason", texts.get(lang, "suggest.reason.missing", reasons));
        }
        Optional<Reason> reason = Coded.parse(Reason.class, reasonText.get());
        if (reason.isEmpty()) {
            return new Refused("reason", texts.get(lang, "suggest.reason.bad", reasonText.get(), reasons));
        }
        Optional<String> amountText = Optional.ofNullable(given.get("amount"));
        Optional<String> currencyText = Optional.ofNullable(given.get("currency"));
        if (amountText.isPresent() != currencyText.isPresent()) {
            return new Refused(amountText.isPresent() ? "currency" : "amount",
                    texts.get(lang, "suggest.amount.pair"));
        }
        Optional<Money> amount = Optional.empty();
        if (amountText.isPresent()) {
            ReadAmount read = amount(amountText.get(), currencyText.get(), lang);
            if (read.refused().isPresent()) {
                return read.refused().get();
            }
            amount = read.money();
        }
        Optional<String> marketplace = Optional.ofNullable(given.get("marketplace"));
        Optional<String> language = Optional.ofNullable(given.get("buyer-language"));
        if (language.isPresent() && !isLanguage(language.get())) {
            return new Refused("buyer-language", texts.get(lang, "suggest.language.bad", language.get()));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (FactKey<?> key : RemedyFacts.ALL) {
            String value = given.get(key.name());
            if (value != null) {
                if (key.parser().apply(value).isEmpty()) {
                    return new Refused(key.name(), badFact(lang, key.name(), value));
                }
                facts.put(key.name(), value);
            }
        }
        return evaluate(new Question(reason.get(), amount, marketplace,
                FactValues.read(RemedyFacts.ALL, facts).orElseThrow(), language.map(l -> l.toLowerCase(Locale.ROOT))),
                now, zone, lang);
    }

    /** An amount given as text: the money, or why it is none. */
    private record ReadAmount(Optional<Money> money, Optional<Refused> refused) {
        static ReadAmount refused(String field, String why) {
            return new ReadAmount(Optional.empty(), Optional.of(new Refused(field, why)));
        }
    }

    private ReadAmount amount(String amountText, String currencyText, UiLanguage lang) {
        Optional<Currency> currency = MoneyParser.currency(currencyText.strip());
        if (currency.isEmpty()) {
            return ReadAmount.refused("currency", texts.get(lang, "suggest.currency.bad", currencyText));
        }
        MoneyReading reading = MoneyParser.read(amountText.strip(), currency);
        if (reading instanceof MoneyReading.Refused refused) {
            Currency c = currency.get();
            return switch (refused.problem()) {
                case TOO_LARGE -> ReadAmount.refused("amount", texts.get(lang, "suggest.amount.large", amountText,
                        MoneyParser.MAX_WHOLE_DIGITS));
                case TOO_PRECISE -> ReadAmount.refused("amount", texts.get(lang, "remedy.fact.decimals", amountText,
                        c.getCurrencyCode(), Math.max(c.getDefaultFractionDigits(), 0)));
                default -> ReadAmount.refused("amount", texts.get(lang, "suggest.amount.bad", amountText));
            };
        }
        Money money = ((MoneyReading.Read) reading).money();
        if (!money.isPositive() || !money.currency().equals(currency.get())) {
            return ReadAmount.refused("amount", texts.get(lang, "suggest.amount.bad", amountText));
        }
        return new ReadAmount(Optional.of(money), Optional.empty());
    }

    private static boolean isLanguage(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return c.matches("[a-z]{2}") && ISO_LANGUAGES.contains(c);
    }

    private String badFact(UiLanguage lang, String name, String value) {
        return texts.get(lang, "suggest.fact.bad", value, name, texts.get(lang, "fact.remedy." + name));
    }

    private String marketplaceIds() {
        return remedies.marketplaces().stream().map(Marketplace::id).collect(Collectors.joining(", "));
    }

    /** Facts that cannot go together with each other or with the amount: the first, or empty. */
    private Optional<Refused> problem(UiLanguage lang, FactValues f, Optional<Money> amount) {
        List<FactKey<BigDecimal>> amountFacts = List.of(RemedyFacts.ITEM_COST, RemedyFacts.SHIPPING_COST);
        Optional<BigDecimal> asked = f.find(RemedyFacts.ASKS).flatMap(RemedyFacts.Asked::amount);
        List<Map.Entry<String, BigDecimal>> given = new ArrayList<>();
        amountFacts.forEach(k -> f.find(k).ifPresent(v -> given.add(Map.entry(k.name(), v))));
        asked.ifPresent(v -> given.add(Map.entry(RemedyFacts.ASKS.name(), v)));
        if (!given.isEmpty() && amount.isEmpty()) {
            return Optional.of(new Refused(given.get(0).getKey(), texts.get(lang, "remedy.fact.needs.amount")));
        }
        if (amount.isPresent()) {
            Currency c = amount.get().currency();
            int digits = Math.max(c.getDefaultFractionDigits(), 0);
            for (Map.Entry<String, BigDecimal> v : given) {
                if (v.getValue().stripTrailingZeros().scale() > digits) {
                    return Optional.of(new Refused(v.getKey(), texts.get(lang, "remedy.fact.decimals",
                            v.getValue().toPlainString(), c.getCurrencyCode(), digits)));
                }
            }
            if (asked.isPresent() && asked.get().compareTo(amount.get().amount()) > 0) {
                return Optional.of(new Refused(RemedyFacts.ASKS.name(), texts.get(lang, "remedy.fact.asks.above",
                        asked.get().toPlainString(), amount.get().toString())));
            }
        }
        Optional<Integer> silent = f.find(RemedyFacts.SILENT_DAYS);
        Optional<Integer> shipped = f.find(RemedyFacts.SHIPPED_DAYS);
        if (silent.isPresent() && shipped.isPresent() && silent.get() > shipped.get()) {
            return Optional.of(new Refused(RemedyFacts.SILENT_DAYS.name(),
                    texts.get(lang, "remedy.fact.silent.longer", silent.get(), shipped.get())));
        }
        return Optional.empty();
    }

    private static QuickFacts quickFacts(FactValues f, Optional<Money> amount, Optional<String> language) {
        Optional<Currency> c = amount.map(Money::currency);
        Optional<BuyerRequest> asks = f.find(RemedyFacts.ASKS).map(a -> a.amount().isPresent()
                ? BuyerRequest.partial(new Money(a.amount().get(), c.orElseThrow())) : BuyerRequest.of(a.kind()));
        return new QuickFacts(f.find(RemedyFacts.TRACKING),
                f.find(RemedyFacts.SHIPPED_DAYS).map(OptionalInt::of).orElse(OptionalInt.empty()),
                f.find(RemedyFacts.SILENT_DAYS).map(OptionalInt::of).orElse(OptionalInt.empty()),
                f.find(RemedyFacts.ITEM_COST).map(v -> new Money(v, c.orElseThrow())),
                f.find(RemedyFacts.SHIPPING_COST).map(v -> new Money(v, c.orElseThrow())),
                asks, f.find(RemedyFacts.EVIDENCE).orElse(Set.of()), f.find(RemedyFacts.REGION), language);
    }
}
