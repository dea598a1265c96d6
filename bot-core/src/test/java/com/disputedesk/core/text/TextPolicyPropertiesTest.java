package com.disputedesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The text policy on any text at all: what passes is clean and bounded, and cleaning twice changes nothing. */
class TextPolicyPropertiesTest {

    @Property(tries = 1000, seed = "1412026")
    void whatPassesIsCleanNormalisedAndWithinTheField(@ForAll("anyText") String raw,
                                                      @ForAll @IntRange(min = 1, max = 200) int max) {
        Cleaned cleaned = TextPolicy.clean(raw, TextField.line(max));
        if (cleaned instanceof Cleaned.Clean clean) {
            String t = clean.text();
            assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(max);
            assertThat(t).isEqualTo(t.strip()).isNotBlank().doesNotContain("\n");
            assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).isTrue();
            assertThat(t.codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.SURROGATE
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || c == 0xFEFF);
            assertThat(TextPolicy.clean(t, TextField.line(max))).isEqualTo(cleaned);
        } else {
            Cleaned.Refused refused = (Cleaned.Refused) cleaned;
            assertThat(refused.problem() == Cleaned.Problem.BLANK || refused.length() > max).isTrue();
        }
    }

    @Property(tries = 300, seed = "1412026")
    void excerptsAreShortAndWhole(@ForAll("anyText") String raw) {
        String e = TextPolicy.excerpt(raw);
        assertThat(e.codePointCount(0, e.length())).isLessThanOrEqualTo(TextPolicy.ECHO_LENGTH);
        assertThat(raw).startsWith(e.endsWith("…") && !raw.equals(e) ? e.substring(0, e.length() - 1) : e);
        if (!raw.equals(e)) {
            int cut = e.length() - 1;
            assertThat(Character.isHighSurrogate(raw.charAt(cut - 1)) && Character.isLowSurrogate(raw.charAt(cut)))
                    .as("a surrogate pair split at %d", cut).isFalse();
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> hostile = Arbitraries.of("\u0000", "\u001b[2J", "\u001b]0;t\u0007", "\u202e", "\u2066",
                "\u200b", "\u200d", "\u200c", "\ufe0f", "\ud83d", "\ude00", "\ud83d\ude00", "\r\n", "\t", "e\u0301",
                "a", "Ж", "王", " ", "\u00a0");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                hostile.list().ofMaxSize(30).map(l -> String.join("", l)));
    }
}
