package com.disputedesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cut at a length limit never leaves half of an emoji. */
class CutTest {
    private static final String SMILE = "\uD83D\uDE00";

    @Test
    void aCutBetweenTheHalvesOfAnEmojiMovesBeforeIt() {
        String text = "ab" + SMILE + "cd";

        assertThat(Cut.prefix(text, 3)).isEqualTo("ab");
        assertThat(Cut.prefix(text, 4)).isEqualTo("ab" + SMILE);
        assertThat(Cut.shortened(text, 4)).isEqualTo("ab\u2026");
        assertThat(Cut.shortened(text, 6)).isEqualTo(text);
    }

    @Test
    void noCutOfAnEmojiStringLeavesALoneSurrogate() {
        String text = SMILE.repeat(40);
        for (int max = 1; max < text.length(); max++) {
            String cut = Cut.shortened(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= 0xFFFF)).isTrue();
        }
    }
}
