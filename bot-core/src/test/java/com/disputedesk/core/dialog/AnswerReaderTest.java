package com.disputedesk.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How typed text is read before any step's parser sees it. */
class AnswerReaderTest {
    private static final List<Option> OPTIONS = List.of(new Option("photo", "Photos"), new Option("video", "Video"),
            new Option("chat", "Chat log"));

    private final AnswerReader reader = new AnswerReader(new Messages("dialog"));

    @Test
    void engineWordsAreKnownInEitherLanguageWithOrWithoutASlash() {
        assertThat(reader.word(" STOP ")).contains("cancel");
        assertThat(reader.word("/back")).contains("back");
        assertThat(reader.word("上一步")).contains("back");
        assertThat(reader.word("ok")).contains("confirm");
        assertThat(reader.word("backwards")).isEmpty();
    }

    @Test
    void severalOptionsByNumberOrLabelAreStoredInOptionOrder() {
        assertThat(reader.several(OPTIONS, "chat log, 1", UiLanguage.EN))
                .isEqualTo(Parsed.ok(List.of("photo", "chat")));
        assertThat(reader.several(OPTIONS, "3、2，3", UiLanguage.EN)).isEqualTo(Parsed.ok(List.of("video", "chat")));
    }

    @Test
    void aPartNamingNoOptionRejectsTheWholeListAndIsNamed() {
        assertThat(reader.several(OPTIONS, "1, 4", UiLanguage.EN))
                .isEqualTo(Parsed.rejected("\"4\" is not one of the options."));
        assertThat(reader.several(OPTIONS, " ,; ", UiLanguage.EN)).isEqualTo(Parsed.rejected());
    }

    @Test
    void aSelectionIsKeptInOptionOrderAndNothingSelectedIsEmpty() {
        assertThat(AnswerReader.inOptionOrder(OPTIONS, List.of())).isEmpty();
        assertThat(AnswerReader.inOptionOrder(OPTIONS, List.of("chat", "photo", "gone")))
                .containsExactly("photo", "chat");
    }

    @Test
    void numbersAreOneToThreeDigits() {
        assertThat(AnswerReader.number(" 12 ")).isEqualTo(Optional.of(12));
        assertThat(AnswerReader.number("1234")).isEmpty();
        assertThat(AnswerReader.number("-1")).isEmpty();
    }
}
