package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.kernel.UiLanguage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalTextTest {

    @Test
    void aTextIsReadInTheTeamsLanguageWhenWrittenInIt() {
        LocalText why = new LocalText(Map.of("en", "Exchange for the right size", "zh", "换成合适的尺码"));

        assertThat(why.in(UiLanguage.ZH)).isEqualTo("换成合适的尺码");
        assertThat(why.in(UiLanguage.EN)).isEqualTo("Exchange for the right size");
        assertThat(why.writtenIn(UiLanguage.ZH)).isTrue();
        assertThat(why.languages()).containsExactlyInAnyOrder("en", "zh");
    }

    @Test
    void aLanguageWithoutItsOwnTextReadsTheEnglishOneAndSaysSo() {
        LocalText why = LocalText.english("Last resort");

        assertThat(why.in(UiLanguage.ZH)).isEqualTo("Last resort");
        assertThat(why.writtenIn(UiLanguage.ZH)).isFalse();
        assertThat(why.writtenIn(UiLanguage.EN)).isTrue();
        assertThat(why.english()).isEqualTo("Last resort");
    }

    @Test
    void englishIsRequiredBecauseEveryLanguageFallsBackToIt() {
        assertThatThrownBy(() -> new LocalText(Map.of("zh", "最后手段")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English");
    }
}
