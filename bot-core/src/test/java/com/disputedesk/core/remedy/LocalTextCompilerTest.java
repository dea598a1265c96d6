package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the playbook writes a text for the team: plain English, or one text per team language. */
class LocalTextCompilerTest {
    private static final Path FILE = Path.of("playbook.yml");
    private final LocalTextCompiler teamLanguages = new LocalTextCompiler(FILE);

    private static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text).get("why");
    }

    @Test
    void aPlainTextIsEnglishAndEveryLanguageReadsIt() throws Exception {
        LocalText why = teamLanguages.text("r.why", yaml("why: \"  Last resort \""));

        assertThat(why).isEqualTo(LocalText.english("Last resort"));
        assertThat(why.in(UiLanguage.ZH)).isEqualTo("Last resort");
    }

    @Test
    void aMapHoldsOneTextPerTeamLanguage() throws Exception {
        LocalText why = teamLanguages.text("r.why", yaml("why:\n  en: Exchange for the right size\n  zh: 换成合适的尺码\n"));

        assertThat(why.in(UiLanguage.EN)).isEqualTo("Exchange for the right size");
        assertThat(why.in(UiLanguage.ZH)).isEqualTo("换成合适的尺码");
    }

    @Test
    void aCodeThatIsNoTeamLanguageIsRefusedWithItsPath() {
        assertThatThrownBy(() -> teamLanguages.text("reasons.wrong-size.ladder[3].why",
                yaml("why: {en: Exchange, xx: Swap}"))).isInstanceOf(PlaybookException.class)
                .hasMessage("playbook.yml: reasons.wrong-size.ladder[3].why.xx: unknown language 'xx' (expected one"
                        + " of: en, zh)");
    }

    @Test
    void aThirdTeamLanguageIsReadLikeTheOthersOnceItIsKnown() throws Exception {
        LocalTextCompiler withStub = new LocalTextCompiler(FILE, List.of("en", "zh", "xx"));

        LocalText why = withStub.text("r.why", yaml("why: {en: Exchange, xx: Swap}"));

        assertThat(why.languages()).containsExactlyInAnyOrder("en", "xx");
        assertThat(why.in(UiLanguage.ZH)).isEqualTo("Exchange");
    }

    @Test
    void englishIsRequiredAndNoTextMayBeEmptyOrAList() {
        assertThatThrownBy(() -> teamLanguages.text("r.why", yaml("why: {zh: 最后手段}")))
                .hasMessage("playbook.yml: r.why: missing the text in 'en', which every other language falls back to");
        assertThatThrownBy(() -> teamLanguages.text("r.why", yaml("why: {en: Last resort, zh: \" \"}")))
                .hasMessage("playbook.yml: r.why.zh: empty: write the text or leave the key out");
        assertThatThrownBy(() -> teamLanguages.text("r.why", yaml("why: [Last, resort]")))
                .hasMessage("playbook.yml: r.why: expected a text, or texts by language like {en: ..., zh: ...}");
        assertThatThrownBy(() -> teamLanguages.text("r.why", yaml("why:\n")))
                .hasMessage("playbook.yml: r.why: missing");
    }
}
