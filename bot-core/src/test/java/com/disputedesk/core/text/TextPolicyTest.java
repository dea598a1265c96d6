package com.disputedesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the one text policy does to what members type. */
class TextPolicyTest {
    private static final TextField NAME = TextField.line(100);

    private static String clean(String raw) {
        return ((Cleaned.Clean) TextPolicy.clean(raw, NAME)).text();
    }

    private static Cleaned.Problem refused(String raw, TextField field) {
        return ((Cleaned.Refused) TextPolicy.clean(raw, field)).problem();
    }

    @Test
    void ordinaryTextIsKeptAsTyped() {
        assertThat(clean("  Maria  G.  ")).isEqualTo("Maria  G.");
        assertThat(clean("王小明")).isEqualTo("王小明");
        assertThat(clean("@shopper_99")).isEqualTo("@shopper_99");
    }

    @Test
    void textIsPutInNfc() {
        assertThat(clean("Jose\u0301")).isEqualTo("Jos\u00e9");
    }

    @Test
    void controlsNulAndEscapeSequencesAreRemoved() {
        assertThat(clean("Ma\u0000ria")).isEqualTo("Maria");
        assertThat(clean("\u001b[2JMaria\u001b[0m")).isEqualTo("Maria");
        assertThat(clean("\u001b]0;owned\u0007Maria")).isEqualTo("Maria");
        assertThat(clean("Maria\u001b")).isEqualTo("Maria");
        assertThat(clean("Ma\u007fria\u009b31m")).isEqualTo("Maria");
        assertThat(clean("Maria\tG.\r\nSmith")).isEqualTo("Maria G. Smith");
    }

    @Test
    void lineBreaksStayOnAMultiLineField() {
        assertThat(((Cleaned.Clean) TextPolicy.clean("one\r\ntwo\u0000", TextField.FREE_TEXT)).text())
                .isEqualTo("one\ntwo");
    }

    @Test
    void bidiControlsAndZeroWidthCharactersAreRemoved() {
        assertThat(clean("\u202egnp.exe")).isEqualTo("gnp.exe");
        assertThat(clean("\u2066Maria\u2069\u200e")).isEqualTo("Maria");
        assertThat(clean("Ma\u200bri\ufeffa\u2060")).isEqualTo("Maria");
    }

    @Test
    void joinersInsideEmojiAndWordsAreKept() {
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
        assertThat(clean(family)).isEqualTo(family);
        String persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
        assertThat(clean(persian)).isEqualTo(persian);
        String eye = "\ud83d\udc41\ufe0f\u200d\ud83d\udde8\ufe0f";
        assertThat(clean(eye)).isEqualTo(eye);
        assertThat(clean("\u200dMaria\u200d")).isEqualTo("Maria");
    }

    @Test
    void unpairedSurrogateHalvesAreRemovedAndPairsKept() {
        assertThat(clean("a\ud83db\ude00c\ud83d\ude00")).isEqualTo("abc\ud83d\ude00");
    }

    @Test
    void nothingVisibleLeftIsRefusedAsBlank() {
        assertThat(refused("", NAME)).isEqualTo(Cleaned.Problem.BLANK);
        assertThat(refused(" \u00a0\u3000 ", NAME)).isEqualTo(Cleaned.Problem.BLANK);
        assertThat(refused("\u200b\u200b", NAME)).isEqualTo(Cleaned.Problem.BLANK);
        assertThat(refused("\u001b[2J", NAME)).isEqualTo(Cleaned.Problem.BLANK);
        assertThat(refused("\u202e\u200d\u0000\ufe0f\u3164", NAME)).isEqualTo(Cleaned.Problem.BLANK);
    }

    @Test
    void longerThanTheFieldIsRefusedNotCut() {
        Cleaned r = TextPolicy.clean("x".repeat(101), NAME);
        assertThat(r).isEqualTo(new Cleaned.Refused(Cleaned.Problem.TOO_LONG, 101, 100));
        assertThat(TextPolicy.clean("\ud83d\ude00".repeat(100), NAME)).isInstanceOf(Cleaned.Clean.class);
        assertThat(TextPolicy.clean("x".repeat(100) + "\u200b".repeat(50), NAME)).isInstanceOf(Cleaned.Clean.class);
    }

    @Test
    void excerptsAreShortAndNeverSplitASurrogatePair() {
        assertThat(TextPolicy.excerpt("short")).isEqualTo("short");
        String cut = TextPolicy.excerpt("y".repeat(10_000));
        assertThat(cut).hasSize(60).endsWith("…");
        String emoji = TextPolicy.excerpt("\ud83d\ude00".repeat(100));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(60);
        assertThat(emoji).isEqualTo("\ud83d\ude00".repeat(59) + "…");
    }
}
