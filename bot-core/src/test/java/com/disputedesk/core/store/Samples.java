package com.disputedesk.core.store;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Case facts and members the store tests reuse. */
final class Samples {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final Member ALICE = new Member(Platform.TELEGRAM, "42", "Alice");
    static final Member BOB = new Member(Platform.DISCORD, "77:x", "Bob the Builder");
    static final ChatRef GROUP = ChatRef.of(Platform.TELEGRAM, "-1001").inThread("15");

    private Samples() {
    }

    /** A not-received case with every optional part filled, amounts that a double would not keep exactly. */
    static CaseFacts notReceived(String orderId) {
        return new CaseFacts("aliexpress", orderId, "María José", "es", Reason.NOT_RECEIVED,
                BuyerRequest.partial(Money.of("10.10", "USD")), Money.of("12345678901234.57", "USD"),
                Optional.of(Money.of("0.10", "USD")), Optional.of(Money.of("0.20", "USD")),
                Optional.of(new ShippingFacts(Optional.of("LP00123456789CN"), CarrierStatus.IN_TRANSIT, 21)),
                Set.of(EvidenceKind.TRACKING, EvidenceKind.ORDER_CHAT), LocalDate.of(2026, 3, 1));
    }

    /** A wrong-size case with nothing optional, in a currency without minor units. */
    static CaseFacts wrongSize(String orderId) {
        return new CaseFacts("temu", orderId, "@kenji", "en", Reason.WRONG_SIZE, BuyerRequest.of(RequestKind.RETURN),
                Money.of("3500", "JPY"), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                LocalDate.of(2026, 2, 27));
    }

    static NewCase newCase(String team, CaseFacts facts, Instant at) {
        return new NewCase(team, facts, ALICE, GROUP, at);
    }

    static TimelineEntry entry(Instant at, TimelineEntry.Kind kind, String text) {
        return new TimelineEntry(at, "telegram:42 Alice", kind, text);
    }
}
