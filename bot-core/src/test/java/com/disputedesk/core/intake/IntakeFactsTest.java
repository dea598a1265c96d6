package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.dialog.Answer;
import com.disputedesk.core.dialog.Answers;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case facts come from the typed answers as confirmed: skipped is absent, no selection is no evidence. */
class IntakeFactsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Instant NOW = Instant.parse("2026-03-02T15:40:00Z");
    private static final ZoneId ZONE = ZoneId.of("UTC");

    private static Answers base() {
        return Answers.none()
                .with(IntakeDialog.MARKET, "aliexpress")
                .with(IntakeDialog.ORDER, "8123456789012345")
                .with(IntakeDialog.BUYER, "Ana")
                .with(IntakeDialog.LANGUAGE, "es")
                .with(IntakeDialog.AMOUNT, Money.of("25.90", "USD"));
    }

    @Test
    void aPartialRefundWithShippingFactsAndSelectedEvidence() {
        Answers a = base()
                .with(IntakeDialog.REASON, Reason.NOT_RECEIVED)
                .with(IntakeDialog.REQUEST, RequestKind.PARTIAL_REFUND)
                .with(IntakeDialog.PARTIAL, Money.of("10.00", "USD"))
                .with(IntakeDialog.ITEM_COST, Money.of("8.00", "USD"))
                .with(IntakeDialog.SHIP_COST.id(), Answer.SKIPPED)
                .with(IntakeDialog.TRACKING, "LP123456")
                .with(IntakeDialog.CARRIER, CarrierStatus.IN_TRANSIT)
                .with(IntakeDialog.DAYS, 12)
                .with(IntakeDialog.EVIDENCE, Set.of(EvidenceKind.TRACKING, EvidenceKind.ORDER_CHAT))
                .with(IntakeDialog.OPENED, Instant.parse("2026-02-27T10:00:00Z"));

        CaseFacts facts = IntakeFacts.from(a, NOW, ZONE);

        assertThat(facts.request().amount()).contains(Money.of("10.00", "USD"));
        assertThat(facts.itemCost()).contains(Money.of("8.00", "USD"));
        assertThat(facts.shippingCost()).isEmpty();
        assertThat(facts.shipping()).contains(new ShippingFacts(Optional.of("LP123456"), CarrierStatus.IN_TRANSIT, 12));
        assertThat(facts.evidence()).containsExactlyInAnyOrder(EvidenceKind.TRACKING, EvidenceKind.ORDER_CHAT);
        assertThat(facts.openedOn()).isEqualTo(LocalDate.parse("2026-02-27"));
        assertThat(facts.openedAt()).contains(Instant.parse("2026-02-27T10:00:00Z"));
    }

    @Test
    void anEmptySelectionIsNoEvidenceAndASkippedMomentIsNow() {
        Answers a = base()
                .with(IntakeDialog.REASON, Reason.WRONG_SIZE)
                .with(IntakeDialog.REQUEST, RequestKind.FULL_REFUND)
                .with(IntakeDialog.EVIDENCE, Set.of())
                .with(IntakeDialog.OPENED.id(), Answer.SKIPPED);

        CaseFacts facts = IntakeFacts.from(a, NOW, ZONE);

        assertThat(facts.evidence()).isEmpty();
        assertThat(facts.shipping()).isEmpty();
        assertThat(facts.openedOn()).isEqualTo(TODAY);
        assertThat(facts.openedAt()).contains(NOW);
    }
}
