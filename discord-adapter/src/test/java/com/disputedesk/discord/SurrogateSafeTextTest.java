package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text cut to Discord's limits never keeps half of an emoji, which Discord refuses (a buyer named with one). */
class SurrogateSafeTextTest {
    private static final String SMILE = "\uD83D\uDE00";

    @Test
    void anAutocompleteLabelCutAtAnEmojiKeepsItWholeOrDropsIt() {
        String label = "#12 · " + "x".repeat(92) + SMILE + " Ana";

        String cut = DiscordText.truncate(label, 100);

        assertThat(cut.length()).isLessThanOrEqualTo(100);
        assertThat(loneSurrogates(cut)).isZero();
    }

    @Test
    void aLongMessageSplitAtAnEmojiKeepsEveryEmojiWhole() {
        String text = "x" + SMILE.repeat(1500);

        for (String part : DiscordText.split(text, 2000)) {
            assertThat(part.length()).isLessThanOrEqualTo(2000);
            assertThat(loneSurrogates(part)).isZero();
        }
    }

    private static long loneSurrogates(String s) {
        return s.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count();
    }
}
