package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.Desk;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.store.Stores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two members change the same case at once: the one who comes second is told to look again, and neither change
 * is lost or mixed.
 */
class ConcurrentChangeTest extends DeskTest {
    RecordingOutbox outbox = new RecordingOutbox();
    Desk racing;
    DisputeCase c;

    @BeforeEach
    void open() {
        c = CaseFixture.on(desk).create();
        Stores real = desk.stores().stores();
        racing = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(TestDesk.TEAM)),
                new Stores(bobClosesFirst(real.cases()), real.dialogs(), real.settings(), real.evidence(), real.figures(),
                        real.queries(), real.reports(), real.exports()),
                TestDesk.remedies(), outbox, desk.clock(), Duration.ofHours(24)));
    }

    /** A case store where, just before each update, Bob closes the case through the real store. */
    private CaseStore bobClosesFirst(CaseStore real) {
        return (CaseStore) Proxy.newProxyInstance(CaseStore.class.getClassLoader(), new Class<?>[] {CaseStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update")) {
                        DisputeCase fresh = real.byNumber(c.team(), c.number()).orElseThrow();
                        real.update(fresh.closed(com.disputedesk.core.cases.Outcome.WITHDRAWN, Optional.empty()),
                                new TimelineEntry(desk.clock().instant(), "console:bob Bob", TimelineEntry.Kind.CLOSED,
                                        "withdrawn"));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private String send(String typed) {
        outbox.drain();
        racing.bot().handle(TypedText.parse(TestDesk.CONSOLE, TestDesk.ALICE, typed, Optional.empty()));
        return String.join("\n", outbox.drain().stream().map(Outgoing::reply).map(r -> r.asText()).toList());
    }

    @Test
    void theSecondChangeIsRefusedAndNothingOfItIsStored() {
        assertThat(send("/offer 1 1"))
                .isEqualTo("Case #1 was changed by someone else meanwhile; nothing was saved. "
                        + "Please look at /case 1 and try again.");

        DisputeCase now = CaseFixture.reload(desk, c);
        assertThat(now.state()).isEqualTo(CaseState.CLOSED);
        assertThat(CaseFixture.timeline(desk, c)).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.CREATED, TimelineEntry.Kind.CLOSED);
    }

    @Test
    void aCloseRacingAnotherCloseIsRefusedToo() {
        assertThat(send("/close 1 full-refund")).contains("was changed by someone else meanwhile");
        assertThat(CaseFixture.reload(desk, c).outcome()).contains(com.disputedesk.core.cases.Outcome.WITHDRAWN);
    }
}
