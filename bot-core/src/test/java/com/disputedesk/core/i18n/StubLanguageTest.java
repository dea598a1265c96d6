package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Coded;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A third team language is its bundle files: "xx" is no {@link com.disputedesk.core.kernel.UiLanguage} constant,
 * only stub files in the test resources ({@code i18n/glossary_xx.properties}, {@code i18n/bot_xx.properties}),
 * and the bundles, the glossary and playbook texts serve it by the same code path as English and Chinese.
 * With the constant added, the bundle tests walk it like the others.
 */
class StubLanguageTest {
    private static final String XX = "xx";

    @Test
    void theGlossaryNamesEveryDomainValueFromTheLanguagesOwnFile() {
        assertThat(BundleGaps.of("glossary", XX)).isEmpty();
        assertThat(Glossary.label(XX, Reason.WRONG_SIZE)).isEqualTo("[xx] Wrong size");
        assertThat(Glossary.label(XX, OfferKind.PARTIAL_REFUND)).isEqualTo("[xx] Partial refund, buyer keeps the item");
        assertThat(Glossary.label(XX, CaseState.OPEN)).isEqualTo("[xx] Open");
        assertThat(Glossary.ownName(XX)).isEqualTo("Xx");
        for (Class<? extends Coded> type : GlossaryTest.NAMED) {
            for (Coded value : type.getEnumConstants()) {
                assertThat(new Messages("glossary").get(XX, Glossary.group(type) + "." + value.code()))
                        .startsWith("[xx] ");
            }
        }
    }

    @Test
    void aFeatureBundleSpeaksTheLanguageWithItsArgumentsFilledIn() {
        assertThat(BundleGaps.of("bot", XX)).isEmpty();
        assertThat(new Messages("bot").get(XX, "chat.refused", "-100123"))
                .isEqualTo("[xx] Sorry, this chat is not set up for DisputeDesk. A team admin can add chat id -100123"
                        + " to the team's chats in disputedesk.yml.");
    }

    @Test
    void aLanguageWithoutItsFilesIsReportedByTheSameCheckThatGuardsTheTeamLanguages() {
        assertThat(BundleGaps.of("remedy", XX)).containsExactly("no bundle i18n/remedy_xx.properties");
    }

    @Test
    void aPlaybookTextIsReadInTheLanguageAndFallsBackToEnglishWhereItHasNone() {
        LocalText written = new LocalText(Map.of("en", "Exchange for the right size", XX, "[xx] Exchange"));
        LocalText englishOnly = LocalText.english("Last resort");

        assertThat(written.in(XX)).isEqualTo("[xx] Exchange");
        assertThat(written.writtenIn(XX)).isTrue();
        assertThat(englishOnly.in(XX)).isEqualTo("Last resort");
        assertThat(englishOnly.writtenIn(XX)).isFalse();
    }
}
