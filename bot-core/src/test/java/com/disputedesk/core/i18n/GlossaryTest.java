package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFilter;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ReturnStep;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remind.ReminderKind;
import com.disputedesk.core.team.commands.Setting;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every domain value members see is named once per language, in the glossary, and nowhere else. */
class GlossaryTest {
    /** The domain values the bot names to members. */
    static final List<Class<? extends Coded>> NAMED = List.of(Reason.class, OfferKind.class, Outcome.class,
            CaseState.class, CaseFilter.class, RequestKind.class, BuyerAnswer.class, ReturnStep.class,
            CarrierStatus.class, EvidenceKind.class, TimelineEntry.Kind.class, Setting.class, ReminderKind.class);

    /** Every glossary key: each named value's, and the language's own name. */
    static Set<String> keys() {
        Set<String> keys = new HashSet<>(Set.of("language.name"));
        for (Class<? extends Coded> type : NAMED) {
            for (Coded value : type.getEnumConstants()) {
                keys.add(Glossary.group(type) + "." + value.code());
            }
        }
        return keys;
    }

    @Test
    void everyNamedValueHasALabelInEveryTeamLanguageAndTheGlossaryHoldsNothingElse() {
        for (UiLanguage lang : UiLanguage.values()) {
            assertThat(new Messages("glossary").keys(lang)).as("glossary_%s", lang.code())
                    .containsExactlyInAnyOrderElementsOf(keys());
            for (Reason r : Reason.values()) {
                assertThat(Glossary.label(lang, r)).isNotBlank();
            }
        }
    }

    @Test
    void aValuesKeyIsItsTypeInKebabCaseAndItsCode() {
        assertThat(Glossary.key(Reason.WRONG_SIZE)).isEqualTo("reason.wrong-size");
        assertThat(Glossary.key(OfferKind.RETURN_AND_REFUND)).isEqualTo("offer-kind.return-refund");
        assertThat(Glossary.key(TimelineEntry.Kind.CREATED)).isEqualTo("timeline-entry-kind.created");
        assertThat(Glossary.label(UiLanguage.EN, CaseState.AWAITING_BUYER)).isEqualTo("Awaiting the buyer");
        assertThat(Glossary.label(UiLanguage.ZH, CaseState.AWAITING_BUYER)).isEqualTo("等待买家答复");
    }

    @Test
    void everyLanguageNamesItselfForALanguagePicker() {
        assertThat(Glossary.ownName(UiLanguage.EN)).isEqualTo("English");
        assertThat(Glossary.ownName(UiLanguage.ZH)).isEqualTo("中文");
    }

    @Test
    void noFeatureBundleRepeatsADomainLabel() throws IOException, URISyntaxException {
        Set<String> glossary = keys();
        Set<String> codes = new HashSet<>();
        NAMED.forEach(type -> Stream.of(type.getEnumConstants()).map(Coded::code).forEach(codes::add));
        // the spellings feature bundles once used for their own copies: "label.reason.wrong-size", "filter.open"
        Pattern copy = Pattern.compile("(label\\.)?(reason|offer|outcome|state|filter|request|carrier|evidence|kind"
                + "|answer)\\.(.+)");
        for (String bundle : MessageBundlesTest.bundles()) {
            if (bundle.equals("glossary")) {
                continue;
            }
            for (UiLanguage lang : UiLanguage.values()) {
                assertThat(new Messages(bundle).keys(lang)).as("%s_%s", bundle, lang.code())
                        .noneMatch(glossary::contains)
                        .noneMatch(k -> copy.matcher(k).matches() && codes.contains(copy.matcher(k).replaceAll("$3")));
            }
        }
    }
}
