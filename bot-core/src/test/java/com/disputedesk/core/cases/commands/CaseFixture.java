package com.disputedesk.core.cases.commands;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.testkit.TestDesk;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Opens cases straight in the store, as intake would, so command tests do not depend on the intake dialog. */
final class CaseFixture {
    private final TestDesk desk;
    private String marketplace = "aliexpress";
    private String orderId = "8100000000000001";
    private String buyer = "Ana";
    private Reason reason = Reason.WRONG_SIZE;
    private Money amount = Money.of("40.00", "USD");
    private Member opener = TestDesk.ALICE;
    private Set<EvidenceKind> evidence = Set.of();

    private CaseFixture(TestDesk desk) {
        this.desk = desk;
    }

    static CaseFixture on(TestDesk desk) {
        return new CaseFixture(desk);
    }

    CaseFixture marketplace(String id) {
        this.marketplace = id;
        return this;
    }

    CaseFixture order(String id) {
        this.orderId = id;
        return this;
    }

    CaseFixture buyer(String name) {
        this.buyer = name;
        return this;
    }

    CaseFixture reason(Reason r) {
        this.reason = r;
        return this;
    }

    CaseFixture amount(String value, String currency) {
        this.amount = Money.of(value, currency);
        return this;
    }

    CaseFixture openedBy(Member m) {
        this.opener = m;
        return this;
    }

    CaseFixture evidence(EvidenceKind... kinds) {
        this.evidence = Set.of(kinds);
        return this;
    }

    CaseFacts facts() {
        return new CaseFacts(marketplace, orderId, buyer, "es", reason, BuyerRequest.of(RequestKind.FULL_REFUND),
                amount, Optional.empty(), Optional.empty(), Optional.empty(), evidence,
                LocalDate.ofInstant(desk.clock().instant(), TestDesk.TEAM.zone()));
    }

    DisputeCase create() {
        return cases(desk).create(new NewCase(TestDesk.TEAM.id(), facts(), opener, TestDesk.CONSOLE,
                        desk.clock().instant()),
                List.of(new TimelineEntry(desk.clock().instant(), opener.key() + " " + opener.displayName(),
                        TimelineEntry.Kind.CREATED, "opened by fixture")));
    }

    static CaseStore cases(TestDesk desk) {
        return desk.stores().stores().cases();
    }

    /** The case as stored now. */
    static DisputeCase reload(TestDesk desk, DisputeCase c) {
        return cases(desk).byNumber(c.team(), c.number()).orElseThrow();
    }

    static List<TimelineEntry> timeline(TestDesk desk, DisputeCase c) {
        return cases(desk).timeline(c.id());
    }

    static Suggestion suggestion(DisputeCase c) {
        return TestDesk.remedies().suggest(c.facts(), TestDesk.TEAM.zone());
    }
}
