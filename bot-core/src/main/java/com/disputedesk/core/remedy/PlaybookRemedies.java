package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.LadderBuilder.Inputs;
import com.disputedesk.core.remedy.LadderBuilder.Ladder;
import com.disputedesk.core.remedy.Rung.Basis;
import com.disputedesk.core.remedy.SellerEconomics.OrderEconomics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The remedy engine over a validated playbook: pure, no clock, no I/O. */
final class PlaybookRemedies implements Remedies {
    private static final String ENGLISH = "en";

    private final CompiledPlaybook playbook;

    PlaybookRemedies(CompiledPlaybook playbook) {
        this.playbook = playbook;
    }

    @Override
    public List<Marketplace> marketplaces() {
        return playbook.marketplaces();
    }

    @Override
    public Optional<Marketplace> marketplace(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return playbook.marketplaces().stream()
                .filter(m -> m.id().equals(wanted) || m.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    @Override
    public List<String> buyerLanguages() {
        return List.copyOf(playbook.templates().keySet());
    }

    @Override
    public Suggestion suggest(CaseFacts facts, ZoneId zone) {
        Marketplace market = requireMarketplace(facts.marketplace());
        Ladder ladder = ladder(facts, market);
        List<EvidenceItem> evidence = checklist(facts.reason(), facts.evidence());
        BuyerMessage draft = draft(facts.buyerLanguage(), ladder.offers(), fill(facts));
        return new Suggestion(ladder.offers(), evidence,
                deadline(market, facts.openedMoment(zone), facts.region(), zone), draft, ladder.notes());
    }

    @Override
    public BuyerMessage draft(CaseFacts facts, int rank) {
        List<Offer> offers = ladder(facts, requireMarketplace(facts.marketplace())).offers();
        if (rank < 1 || rank > offers.size()) {
            throw new IllegalArgumentException("offer " + rank + " is not in the ladder (1-" + offers.size() + ")");
        }
        return draft(facts.buyerLanguage(), offers.subList(rank - 1, offers.size()), fill(facts));
    }

    private Ladder ladder(CaseFacts facts, Marketplace market) {
        OrderEconomics economics = playbook.economics().of(facts.orderAmount(), facts.itemCost(),
                facts.shippingCost());
        return LadderBuilder.build(playbook.ladders().get(facts.reason()), inputs(facts, market, economics));
    }

    private Inputs inputs(CaseFacts facts, Marketplace market, OrderEconomics economics) {
        Optional<ShippingFacts> shipping = facts.shipping() == null ? Optional.empty() : facts.shipping();
        return new Inputs(facts.reason(), playbook.rules(), market, days(market), Optional.of(economics),
                Parcel.of(shipping), Optional.ofNullable(facts.request()));
    }

    private static DraftWriter.Fill fill(CaseFacts facts) {
        Optional<String> tracking = (facts.shipping() == null ? Optional.<ShippingFacts>empty() : facts.shipping())
                .flatMap(ShippingFacts::trackingNumber).filter(t -> !t.isBlank());
        Optional<String> buyer = Optional.ofNullable(facts.buyer()).map(String::strip).filter(b -> !b.isEmpty());
        return new DraftWriter.Fill(buyer, Optional.of(facts.orderId()), tracking, Optional.of(facts.orderAmount()),
                tracking.isPresent(), false);
    }

    @Override
    public Suggestion quick(Reason reason, Money orderAmount, String marketplaceId, LocalDate today, ZoneId zone) {
        return quick(reason, orderAmount, marketplaceId, QuickFacts.NONE, today.atStartOfDay(zone).toInstant(), zone);
    }

    @Override
    public Suggestion quick(Reason reason, Money orderAmount, String marketplaceId, QuickFacts facts,
                            Instant opened, ZoneId zone) {
        Marketplace market = quickMarketplace(marketplaceId);
        Optional<OrderEconomics> economics = Optional.ofNullable(orderAmount)
                .map(p -> playbook.economics().of(p, facts.itemCost(), facts.shippingCost()));
        Ladder ladder = LadderBuilder.build(playbook.ladders().get(reason), new Inputs(reason, playbook.rules(),
                market, days(market), economics, reason.needsShippingFacts() ? facts.parcel() : Parcel.UNKNOWN,
                facts.asks()));
        DraftWriter.Fill fill = new DraftWriter.Fill(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(orderAmount), reason.needsShippingFacts(), true);
        return new Suggestion(ladder.offers(), checklist(reason, facts.evidence()),
                deadline(market, opened, facts.region(), zone),
                draft(facts.language().orElse(ENGLISH), ladder.offers(), fill), ladder.notes());
    }

    @Override
    public List<CaseClock> quickClocks(String marketplaceId, Instant opened, Optional<String> region, ZoneId zone) {
        return CaseClocks.replay(rules(quickMarketplace(marketplaceId)), List.of(ClockEvent.OPENED.at(opened)), region,
                zone);
    }

    private Marketplace quickMarketplace(String marketplaceId) {
        return marketplaceId == null || marketplaceId.isBlank()
                ? playbook.marketplaces().get(0) : requireMarketplace(marketplaceId);
    }

    @Override
    public BuyerMessage template(Reason reason, String language) {
        // the reason's usual ladder: without the rungs that only apply to what a particular buyer asked for
        List<Offer> offers = playbook.ladders().get(reason).stream()
                .filter(r -> r.amount().basis() != Basis.BUYER_REQUEST && r.when().buyerRequests().isEmpty())
                .map(r -> new Offer(1, r.kind(), Optional.empty(), r.rule(), r.why()))
                .toList();
        DraftWriter.Fill fill = new DraftWriter.Fill(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), reason.needsShippingFacts(), true);
        return draft(language, offers, fill);
    }

    private BuyerMessage draft(String language, List<Offer> offers, DraftWriter.Fill fill) {
        String lang = normalise(language);
        boolean known = playbook.templates().containsKey(lang);
        String used = known ? lang : ENGLISH;
        String text = DraftWriter.write(playbook.templates().get(used), used, offers, fill);
        return new BuyerMessage(used, text, !known);
    }

    /** "es-MX", "ES", " es " -> "es". */
    private static String normalise(String language) {
        if (language == null) {
            return ENGLISH;
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return cut > 0 ? l.substring(0, cut) : l;
    }

    private List<EvidenceItem> checklist(Reason reason, Set<EvidenceKind> atHand) {
        return playbook.evidence().get(reason).stream().map(k -> new EvidenceItem(k, atHand.contains(k))).toList();
    }

    @Override
    public List<String> regions(String marketplaceId) {
        Set<String> regions = new LinkedHashSet<>();
        marketplace(marketplaceId).ifPresent(m -> rules(m).forEach(r -> regions.addAll(r.regions().keySet())));
        return List.copyOf(regions);
    }

    @Override
    public List<CaseClock> clocks(CaseFacts facts, List<ClockEvent.At> events, ZoneId zone) {
        Marketplace market = requireMarketplace(facts.marketplace());
        List<ClockEvent.At> all = new ArrayList<>(events);
        all.add(ClockEvent.OPENED.at(facts.openedMoment(zone)));
        return CaseClocks.replay(rules(market), all, facts.region(), zone);
    }

    /** The nearest of the clocks the opening starts: the deadline a new case shows first. */
    private Deadline deadline(Marketplace market, Instant opened, Optional<String> region, ZoneId zone) {
        List<CaseClock> clocks = CaseClocks.replay(rules(market), List.of(ClockEvent.OPENED.at(opened)), region,
                zone);
        return CaseClocks.nearest(clocks).orElseThrow(() -> new IllegalStateException("marketplace " + market.id()
                + " has no clock started by the opening")).deadline();
    }

    private List<ClockRule> rules(Marketplace market) {
        return playbook.clocks().get(market.id());
    }

    private int days(Marketplace market) {
        return playbook.promisedDays().get(market.id());
    }

    private Marketplace requireMarketplace(String id) {
        return marketplace(id).orElseThrow(() -> new IllegalArgumentException("marketplace '" + id
                + "' is not in the playbook"));
    }

    @Override
    public Optional<LocalText> forbids(CaseFacts facts, OfferKind kind) {
        Marketplace market = requireMarketplace(facts.marketplace());
        OrderEconomics economics = playbook.economics().of(facts.orderAmount(), facts.itemCost(),
                facts.shippingCost());
        Inputs in = inputs(facts, market, economics);
        boolean lost = playbook.rules().lost(in.parcel().daysSilent());
        Map<String, String> why = new LinkedHashMap<>();
        for (UiLanguage lang : UiLanguage.values()) {
            LadderBuilder.refusal(kind, in, lost, lang).ifPresent(line -> why.put(lang.code(), line));
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(new LocalText(why));
    }

    @Override
    public CounterVerdict counter(CaseFacts facts, Money asked) {
        Optional<NeverRule> never = playbook.rules().never(facts.reason(), OfferKind.PARTIAL_REFUND);
        if (never.isPresent()) {
            return new CounterVerdict.Never(never.get().why());
        }
        Marketplace market = requireMarketplace(facts.marketplace());
        if (!market.allows(OfferKind.PARTIAL_REFUND)) {
            return new CounterVerdict.Policy(market.name(), playbook.rules().policyWhy(market));
        }
        Money order = facts.orderAmount();
        if (asked.compareTo(order) > 0) {
            return new CounterVerdict.AboveOrder(order);
        }
        Money cap = playbook.economics().of(order, facts.itemCost(), facts.shippingCost()).cap();
        return asked.compareTo(cap) > 0 ? new CounterVerdict.AboveCap(cap) : new CounterVerdict.Within(cap);
    }

    @Override
    public Optional<Money> sellerCap(CaseFacts facts) {
        return Optional.of(playbook.economics().of(facts.orderAmount(), facts.itemCost(), facts.shippingCost()).cap());
    }
}
