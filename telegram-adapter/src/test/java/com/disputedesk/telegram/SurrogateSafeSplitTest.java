package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message over Telegram's 4096 characters is split without cutting an emoji in half. */
class SurrogateSafeSplitTest {
    private static final String SMILE = "\uD83D\uDE00";

    @Test
    void aLongLineOfEmojiIsSplitBetweenCharacters() {
        String line = "x" + SMILE.repeat(3000);

        for (String part : Html.split(line, Html.MAX_MESSAGE)) {
            assertThat(part.length()).isLessThanOrEqualTo(Html.MAX_MESSAGE);
            assertThat(part.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).isZero();
        }
    }
}
