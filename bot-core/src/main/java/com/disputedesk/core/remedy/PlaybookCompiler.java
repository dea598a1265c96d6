package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.LocalText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the raw playbook field by field and turns it into typed values. The first problem found stops the
 * load with "file: field.path: what is wrong". Each section is checked by its own compiler, in the order
 * seller, shipping, marketplaces, reasons; this class also checks the promised delivery days, which the
 * shipping section sets and a marketplace may override.
 */
final class PlaybookCompiler extends PlaybookSection {
    private final SellerCompiler seller;
    private final MarketplaceCompiler marketplace;
    private final ReasonsCompiler reasons;
    private final LocalTextCompiler texts;

    /** Days without a tracking update after which a parcel counts as lost, when the playbook does not say. */
    static final int DEFAULT_LOST_AFTER_SILENT_DAYS = 20;

    PlaybookCompiler(Path file) {
        super(file);
        this.seller = new SellerCompiler(file);
        this.marketplace = new MarketplaceCompiler(file);
        this.reasons = new ReasonsCompiler(file);
        this.texts = new LocalTextCompiler(file);
    }

    int promisedDays(String path, Integer days) {
        if (days == null) {
            throw problem(path, "missing (days from shipment within which delivery was promised)");
        }
        if (days < 1 || days > 365) {
            throw problem(path, "must be between 1 and 365 days, got " + days);
        }
        return days;
    }

    CompiledPlaybook compile(Raw.Playbook raw, Map<String, TemplateSet> templates) {
        SellerEconomics economics = seller.economics(raw.seller());
        if (raw.shipping() == null) {
            throw problem("shipping", "missing (promised-delivery-days)");
        }
        int defaultDays = promisedDays("shipping.promised-delivery-days", raw.shipping().promisedDeliveryDays());
        if (raw.marketplaces() == null || raw.marketplaces().isEmpty()) {
            throw problem("marketplaces", "missing: configure at least one marketplace");
        }
        int lostAfter = lostAfterSilentDays(raw.shipping().lostAfterSilentDays());
        List<Marketplace> marketplaces = new ArrayList<>();
        Map<String, List<ClockRule>> clocks = new LinkedHashMap<>();
        Map<String, Integer> days = new LinkedHashMap<>();
        Map<String, LocalText> policyWhy = new LinkedHashMap<>();
        for (int i = 0; i < raw.marketplaces().size(); i++) {
            String path = "marketplaces[" + i + "]";
            Raw.MarketplaceEntry entry = raw.marketplaces().get(i);
            if (entry == null) {
                throw problem(path, "empty entry");
            }
            Marketplace m = marketplace.marketplace(path, entry);
            if (days.containsKey(m.id())) {
                throw problem(path + ".id", "marketplace '" + m.id() + "' is configured twice");
            }
            marketplaces.add(m);
            clocks.put(m.id(), marketplace.clocks(path, entry));
            if (entry.policy() != null && entry.policy().why() != null) {
                policyWhy.put(m.id(), texts.text(path + ".policy.why", entry.policy().why()));
            }
            days.put(m.id(), entry.promisedDeliveryDays() == null ? defaultDays
                    : promisedDays(path + ".promised-delivery-days", entry.promisedDeliveryDays()));
        }
        Map<Reason, List<EvidenceKind>> evidence = new EnumMap<>(Reason.class);
        Map<Reason, List<NeverRule>> never = new EnumMap<>(Reason.class);
        Map<Reason, List<Rung>> ladders = reasons.ladders(raw.reasons(), evidence, never);
        OfferRules rules = new OfferRules(never, policyWhy, lostAfter);
        lastResortsAllowed(marketplaces, rules);
        return new CompiledPlaybook(economics, List.copyOf(marketplaces), Map.copyOf(days), ladders, evidence,
                templates, Map.copyOf(clocks), rules);
    }

    private int lostAfterSilentDays(Integer days) {
        if (days == null) {
            return DEFAULT_LOST_AFTER_SILENT_DAYS;
        }
        if (days < 1 || days > 365) {
            throw problem("shipping.lost-after-silent-days", "must be between 1 and 365 days, got " + days);
        }
        return days;
    }

    /** Every reason keeps its last resort on every marketplace: a policy may not forbid a reason's only way out. */
    private void lastResortsAllowed(List<Marketplace> marketplaces, OfferRules rules) {
        for (int i = 0; i < marketplaces.size(); i++) {
            Marketplace m = marketplaces.get(i);
            for (Reason reason : Reason.values()) {
                OfferKind last = rules.lastResort(reason);
                if (!m.allows(last)) {
                    throw problem("marketplaces[" + i + "].policy.forbidden-offers", last.code() + " is the last"
                            + " resort of reason '" + reason.code() + "' (its never-list forbids full-refund), so "
                            + m.id() + " cannot forbid it");
                }
            }
        }
    }
}
