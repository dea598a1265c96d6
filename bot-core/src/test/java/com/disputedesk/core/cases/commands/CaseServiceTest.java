package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case operations other features may call, over the real store. */
class CaseServiceTest extends DeskTest {
    CaseService service;
    DisputeCase c;

    @BeforeEach
    void open() {
        service = new CaseService(CaseFixture.cases(desk));
        c = CaseFixture.on(desk).create();
    }

    @Test
    void offerReplyCloseWalkTheStates() {
        Offer partial = new Offer(2, OfferKind.PARTIAL_REFUND, Optional.of(Money.of("12.00", "USD")), "r", "why");
        DisputeCase sent = service.offerSent(c, partial.sent(), TestDesk.ALICE, desk.clock().instant());
        assertThat(sent.state()).isEqualTo(CaseState.AWAITING_BUYER);
        assertThat(service.pendingOffer(sent)).contains(new SentOffer(2, OfferKind.PARTIAL_REFUND,
                Optional.of(Money.of("12.00", "USD"))));

        DisputeCase replied = service.buyerReplied(sent, BuyerAnswer.ACCEPTED, "", TestDesk.ALICE,
                desk.clock().instant());
        assertThat(replied.state()).isEqualTo(CaseState.OPEN);
        assertThat(service.pendingOffer(replied)).isEmpty();
        assertThat(service.lastOffer(replied)).map(SentOffer::rank).contains(2);

        DisputeCase closed = service.close(replied, Outcome.PARTIAL_REFUND, Optional.of(Money.of("12.00", "USD")),
                TestDesk.ALICE, desk.clock().instant());
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThatThrownBy(() -> service.close(closed, Outcome.KEPT, Optional.empty(), TestDesk.ALICE,
                desk.clock().instant())).isInstanceOfSatisfying(CaseService.Refused.class,
                        e -> assertThat(e.rule()).isEqualTo(CaseService.Rule.CLOSED));
    }

    @Test
    void aStaleCaseIsRefusedByTheStore() {
        service.assign(c, Optional.of(TestDesk.BOB), TestDesk.ALICE, desk.clock().instant());
        assertThatThrownBy(() -> service.close(c, Outcome.KEPT, Optional.empty(), TestDesk.ALICE,
                desk.clock().instant())).isInstanceOf(CaseStore.ConcurrentCaseUpdate.class);
        DisputeCase now = CaseFixture.reload(desk, c);
        assertThat(now.owner()).contains(TestDesk.BOB);
        assertThat(now.state()).isEqualTo(CaseState.OPEN);
        assertThat(CaseFixture.timeline(desk, c)).extracting(TimelineEntry::text)
                .containsExactly("opened by fixture", "assigned to console:bob Bob");
    }

    @Test
    void aReplyWithoutPendingOfferIsRefused() {
        assertThatThrownBy(() -> service.buyerReplied(c, BuyerAnswer.REJECTED, "", TestDesk.ALICE,
                desk.clock().instant())).isInstanceOfSatisfying(CaseService.Refused.class,
                        e -> assertThat(e.rule()).isEqualTo(CaseService.Rule.NO_PENDING_OFFER));
    }

    @Test
    void sentOffersReadBackFromTheirTimelineText() {
        SentOffer withAmount = new SentOffer(3, OfferKind.RETURN_AND_REFUND, Optional.of(Money.of("40.00", "USD")));
        SentOffer without = new SentOffer(1, OfferKind.SHARE_PROOF, Optional.empty());
        assertThat(withAmount.timelineText()).isEqualTo("offer 3: return-refund 40.00 USD");
        assertThat(SentOffer.parse(withAmount.timelineText())).contains(withAmount);
        assertThat(SentOffer.parse(without.timelineText())).contains(without);
        assertThat(SentOffer.parse("offer sent by phone")).isEmpty();
        assertThat(SentOffer.parse("offer 2: bribe")).isEmpty();
    }
}
