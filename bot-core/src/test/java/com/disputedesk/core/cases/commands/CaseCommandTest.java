package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /case: a case as a card with its facts, state, suggestion, files and timeline. */
class CaseCommandTest extends DeskTest {
    final Texts texts = new Texts();

    private static String field(Reply reply, String label) {
        Card card = reply.card().orElseThrow(() -> new AssertionError("no card in " + reply.asText()));
        // a long value continues in more fields under the same label
        List<String> parts = card.fields().stream().filter(f -> f.label().equals(label)).map(Card.Field::value)
                .toList();
        if (parts.isEmpty()) {
            throw new AssertionError("no field " + label + " in " + reply.asText());
        }
        return String.join("\n", parts);
    }

    @Test
    void showsFactsStateOffersDeadlineAndTimeline() {
        DisputeCase c = CaseFixture.on(desk).reason(Reason.WRONG_SIZE).buyer("<b>Ana</b> *vip*")
                .evidence(EvidenceKind.ORDER_CHAT).create();
        Suggestion s = CaseFixture.suggestion(c);
        desk.clock().advance(Duration.ofHours(2));

        Reply reply = desk.chat().send("/case 1").expect("Case #1 · Open").lastReply();

        assertThat(reply.card().orElseThrow().title()).contains("Case #1").contains("8100000000000001");
        assertThat(field(reply, "Marketplace")).isEqualTo(TestDesk.remedies().marketplace("aliexpress").orElseThrow()
                .name());
        assertThat(field(reply, "Order")).isEqualTo("8100000000000001");
        assertThat(field(reply, "Buyer")).isEqualTo("<b>Ana</b> *vip* (writes in es)");
        assertThat(field(reply, "Reason")).isEqualTo("Wrong size");
        assertThat(field(reply, "Buyer asks for")).isEqualTo("Full refund");
        assertThat(field(reply, "Amounts")).contains("order 40.00 USD").contains("item cost playbook default");
        assertThat(field(reply, "Evidence at hand")).isEqualTo("Chat history with the buyer");
        assertThat(field(reply, "State")).isEqualTo("Open");
        assertThat(field(reply, "Owner")).isEqualTo("Alice");
        for (Offer o : s.offers()) {
            assertThat(field(reply, "Offers")).contains(o.rank() + ". " + Glossary.label(UiLanguage.EN, o.kind()));
        }
        Duration left = s.deadline().left(desk.clock().instant());
        assertThat(field(reply, "Platform deadline"))
                .contains(texts.time(s.deadline().due(), TestDesk.TEAM.zone()))
                .contains("due in " + texts.span(UiLanguage.EN, left));
        assertThat(field(reply, "Evidence files")).isEqualTo("none");
        // created at 08:00 UTC = 09:00 in Warsaw, the team's zone
        assertThat(field(reply, "Timeline")).isEqualTo("2026-03-02 09:00 Alice · created: opened by fixture");
    }

    @Test
    void findsACaseByHashNumberAndByOrderId() {
        CaseFixture.on(desk).order("8100000000000001").create();
        CaseFixture.on(desk).order("8100000000000002").create();

        desk.chat().send("/case #2").expect("Case #2");
        desk.chat().send("/case 8100000000000001").expect("Case #1");
    }

    @Test
    void theTimelineShowsTheLastEntriesInOrder() {
        CaseFixture.on(desk).create();
        for (int i = 0; i < 10; i++) {
            desk.chat().send("/offer 1 1");
            desk.chat().send("/reply 1 rejected");
        }
        String timeline = field(desk.chat().send("/case 1").lastReply(), "Timeline");
        String[] lines = timeline.split("\n");
        assertThat(lines).hasSize(CaseCard.TIMELINE_LINES + 1);
        assertThat(lines[0]).isEqualTo("... 6 earlier entries");
        assertThat(lines[lines.length - 1]).contains("buyer replied: the buyer rejected offer 1");
    }

    @Test
    void noCardFieldIsTooLongForAnyPlatform() {
        CaseFixture.on(desk).buyer("b".repeat(3000)).create();
        for (int i = 0; i < 10; i++) {
            desk.chat().send("/offer 1 1");
            desk.chat().send("/reply 1 counter " + "no way ".repeat(100));
        }
        Card card = desk.chat().send("/case 1").lastReply().card().orElseThrow();
        assertThat(card.fields()).allSatisfy(f -> assertThat(f.value()).hasSizeLessThanOrEqualTo(Fields.MAX_VALUE));
        assertThat(card.fields().stream().filter(f -> f.label().equals("Timeline")).count()).isGreaterThan(1);
    }

    @Test
    void aCaseWaitingForTheBuyerShowsTheOfferSent() {
        DisputeCase c = CaseFixture.on(desk).create();
        Offer second = CaseFixture.suggestion(c).offers().get(1);
        desk.chat().send("/offer 1 2");
        Reply reply = desk.chat().send("/case 1").expect("Case #1 · Awaiting the buyer").lastReply();
        assertThat(field(reply, "State")).isEqualTo("Awaiting the buyer (offer 2 sent: "
                + Glossary.label(UiLanguage.EN, second.kind()) + ")");
    }

    @Test
    void aClosedCaseShowsItsOutcome() {
        CaseFixture.on(desk).create();
        desk.chat().send("/close 1 partial-refund 9.99");
        Reply reply = desk.chat().send("/case 1").expect("Case #1 · Closed").lastReply();
        assertThat(field(reply, "State")).isEqualTo("Closed (partial refund, refunded 9.99 USD)");
        assertThat(reply.card().orElseThrow().footer()).contains("Evidence can still be added: /evidence 1");
    }

    @Test
    void aClosedCaseLongPastItsDeadlineIsNotOverdue() {
        CaseFixture.on(desk).create();
        desk.chat().send("/close 1 kept");
        desk.clock().advance(Duration.ofDays(14));

        Reply reply = desk.chat().send("/case 1").lastReply();

        assertThat(field(reply, "Platform deadline")).endsWith("no longer running, the case is closed")
                .doesNotContain("overdue");
    }

    @Test
    void badArgumentsAndUnknownCasesGetAOneLineHint() {
        CaseFixture.on(desk).create();
        desk.chat().send("/case").expect("Usage: /case <number|#number|order id>, e.g. /case 12");
        desk.chat().send("/case 1 2").expect("Usage: /case");
        desk.chat().send("/case 404").expect("No case 404 in this team. Usage: /case");
        desk.chat().send("/case #0").expect("No case #0 in this team.");
        desk.chat().send("/case #abc").expect("No case #abc in this team.");
    }

    @Test
    void anotherTeamsCasesAreNotFound() {
        desk.stores().stores().cases().create(new com.disputedesk.core.cases.NewCase("other-team",
                CaseFixture.on(desk).facts(), TestDesk.ALICE, TestDesk.CONSOLE, desk.clock().instant()),
                java.util.List.of());
        desk.chat().send("/case 1").expect("No case 1 in this team.");
        desk.chat().send("/case 8100000000000001").expect("No case 8100000000000001 in this team.");
    }

    @Test
    void aCaseWhoseMarketplaceLeftThePlaybookStillShowsAndCannotGetOffers() {
        CaseFixture.on(desk).marketplace("gone-market").order("X-1").create();
        Reply reply = desk.chat().send("/case 1").lastReply();
        assertThat(field(reply, "Marketplace")).isEqualTo("gone-market");
        assertThat(field(reply, "Offers"))
                .isEqualTo("No suggestion: the playbook has no marketplace gone-market any more.");
        desk.chat().send("/offer 1 1").expect("No suggestion: the playbook has no marketplace gone-market");
        desk.chat().send("/cases").expect("Cases (open): 1").expectAny("#1 · gone-market · X-1");
    }
}
