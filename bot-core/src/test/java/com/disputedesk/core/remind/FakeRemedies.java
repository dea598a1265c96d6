package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remedy.BuyerMessage;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A remedy engine that only knows deadlines: AliExpress answers within 5 days, TikTok Shop within 48 h, Temu (here) within 36 h, from the
 * start of the day the dispute opened in the team's zone (as the playbook does).
 */
final class FakeRemedies implements Remedies {

    static Duration window(String marketplace) {
        if (marketplace.equals("tiktok")) {
            return Duration.ofHours(48);
        }
        return marketplace.equals("temu") ? Duration.ofHours(36) : Duration.ofDays(5);
    }

    @Override
    public List<Marketplace> marketplaces() {
        return List.of();
    }

    @Override
    public Optional<Marketplace> marketplace(String id) {
        return Optional.empty();
    }

    @Override
    public List<String> buyerLanguages() {
        return List.of("en");
    }

    @Override
    public Suggestion suggest(CaseFacts facts, ZoneId zone) {
        if (facts.marketplace().equals("unknown")) {
            throw new IllegalArgumentException("no marketplace unknown");
        }
        Deadline deadline = new Deadline(facts.openedOn().atStartOfDay(zone).toInstant().plus(window(facts.marketplace())),
                "refunded automatically", true);
        return new Suggestion(List.of(new Offer(1, OfferKind.SHARE_PROOF, Optional.empty(), "test", "test")), List.of(),
                deadline, new BuyerMessage("en", "Hello", false));
    }

    @Override
    public Suggestion quick(Reason reason, Money orderAmount, String marketplaceId, java.time.LocalDate today,
                            ZoneId zone) {
        throw new UnsupportedOperationException("not used by reminders");
    }

    @Override
    public BuyerMessage template(Reason reason, String language) {
        return new BuyerMessage("en", "Hello", false);
    }

    @Override
    public BuyerMessage draft(CaseFacts facts, int rank) {
        return new BuyerMessage("en", "Hello", false);
    }

    /** Reminders never weigh amounts: the whole order. */
    @Override
    public Optional<Money> sellerCap(CaseFacts facts) {
        return Optional.of(facts.orderAmount());
    }

    @Override
    public Optional<com.disputedesk.core.i18n.LocalText> forbids(CaseFacts facts, OfferKind kind) {
        return Optional.empty();
    }

    @Override
    public com.disputedesk.core.remedy.CounterVerdict counter(CaseFacts facts, Money asked) {
        return new com.disputedesk.core.remedy.CounterVerdict.Within(facts.orderAmount());
    }
}
