package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.team.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IntakeMessagesTest {
    private final Messages messages = new Messages("intake");

    @Test
    void everyReasonRequestStatusAndEvidenceHasALabel() {
        List<String> wanted = new ArrayList<>();
        Stream.of(Reason.values()).map(c -> "reason." + c.code()).forEach(wanted::add);
        Stream.of(RequestKind.values()).map(c -> "request." + c.code()).forEach(wanted::add);
        Stream.of(CarrierStatus.values()).map(c -> "carrier." + c.code()).forEach(wanted::add);
        Stream.of(EvidenceKind.values()).map(c -> "evidence." + c.code()).forEach(wanted::add);
        assertThat(messages.keys(UiLanguage.EN)).containsAll(wanted);
    }

    @Test
    void englishLabelsMatchTheDomainsOwn() {
        for (Reason r : Reason.values()) {
            assertThat(messages.get(UiLanguage.EN, "reason." + r.code())).isEqualTo(r.label());
        }
        for (EvidenceKind e : EvidenceKind.values()) {
            assertThat(messages.get(UiLanguage.EN, "evidence." + e.code())).isEqualTo(e.label());
        }
    }
}
