package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IntakeMessagesTest {
    private final Messages glossary = new Messages("glossary");

    @Test
    void everyReasonRequestStatusAndEvidenceHasALabel() {
        List<String> wanted = new ArrayList<>();
        Stream.of(Reason.values()).map(Glossary::key).forEach(wanted::add);
        Stream.of(RequestKind.values()).map(Glossary::key).forEach(wanted::add);
        Stream.of(CarrierStatus.values()).map(Glossary::key).forEach(wanted::add);
        Stream.of(EvidenceKind.values()).map(Glossary::key).forEach(wanted::add);
        assertThat(glossary.keys(UiLanguage.EN)).containsAll(wanted);
    }

    @Test
    void englishLabelsMatchTheDomainsOwn() {
        for (Reason r : Reason.values()) {
            assertThat(Glossary.label(UiLanguage.EN, r)).isEqualTo(r.label());
        }
        for (EvidenceKind e : EvidenceKind.values()) {
            assertThat(Glossary.label(UiLanguage.EN, e)).isEqualTo(e.label());
        }
    }
}
