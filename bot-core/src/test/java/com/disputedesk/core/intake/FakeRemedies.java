package com.disputedesk.core.intake;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.remedy.BuyerMessage;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.remedy.EvidenceItem;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.OfferKind;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A small playbook for engine tests: three marketplaces, seven buyer languages, one fixed ladder. */
final class FakeRemedies implements Remedies {
    final List<CaseFacts> asked = new ArrayList<>();

    private static final List<Marketplace> MARKETS = List.of(
            new Marketplace("aliexpress", "AliExpress", Pattern.compile("[0-9]{15,20}"), "15-20 digits",
                    Duration.ofDays(5), "the buyer is refunded", true, true, true),
            new Marketplace("temu", "Temu", Pattern.compile("PO-[0-9]{3}-[0-9]{10,20}"), "PO-123-4567890123",
                    Duration.ofDays(2), "the buyer is refunded", false, true, true),
            new Marketplace("mercadolibre", "Mercado Libre", Pattern.compile("[0-9]{10,20}"), "10-20 digits",
                    Duration.ofDays(3), "the claim goes to mediation", true, false, true));

    @Override
    public List<Marketplace> marketplaces() {
        return MARKETS;
    }

    @Override
    public Optional<Marketplace> marketplace(String id) {
        return MARKETS.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<String> buyerLanguages() {
        return List.of("en", "es", "pt", "ru", "fr", "pl", "de");
    }

    @Override
    public synchronized Suggestion suggest(CaseFacts facts, ZoneId zone) {
        asked.add(facts);
        return new Suggestion(
                List.of(new Offer(1, OfferKind.SHARE_PROOF, Optional.empty(), "test.share", "proof first"),
                        new Offer(2, OfferKind.FULL_REFUND, Optional.of(facts.orderAmount()), "test.full",
                                "last resort")),
                List.of(new EvidenceItem(EvidenceKind.TRACKING, facts.evidence().contains(EvidenceKind.TRACKING))),
                new Deadline(facts.openedOn().plusDays(5).atStartOfDay(zone).toInstant(), "refund", true),
                template(facts.reason(), facts.buyerLanguage()));
    }

    @Override
    public BuyerMessage template(Reason reason, String language) {
        return new BuyerMessage("en", "Hello, about your order {order}.", !language.equals("en"));
    }
}
