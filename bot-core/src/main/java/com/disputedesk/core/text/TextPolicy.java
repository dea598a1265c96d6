package com.disputedesk.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one way free text from a member is cleaned and bounded before anything reads it: dialog answers, and any
 * command argument a parser hands in with its {@link TextField}.
 *
 * <p>In order: terminal escape sequences ({@code ESC [ ... m}, {@code ESC ] ... BEL} and the like) are removed
 * whole; control characters (NUL included) are removed, except that tabs and line breaks become spaces (line
 * breaks stay on a multi-line field); bidi overrides, embeddings, isolates and marks (U+202A-202E, U+2066-2069,
 * U+200E, U+200F, U+061C), zero-width spaces and word joiners (U+200B, U+2060-2064, U+FEFF, U+180E), soft
 * hyphens, Hangul fillers, non-characters and unpaired surrogate halves are removed; the text is put in Unicode
 * NFC and stripped of surrounding white space (no-break spaces included).
 *
 * <p>Removal rather than refusal: every character removed is invisible, so what is left is what a reader saw and
 * its meaning does not change. The exceptions are the characters that carry meaning only inside a visible
 * sequence: the zero-width joiner and non-joiner (emoji sequences, Persian and Indic words), variation selectors
 * and emoji tag characters. They are kept right after a visible character (and a joiner only before another), and
 * removed anywhere else, so they can never make a blank answer look filled.
 *
 * <p>Then the text is refused when nothing visible is left ({@link Cleaned.Problem#BLANK}) or when it is longer
 * than its field allows ({@link Cleaned.Problem#TOO_LONG}): too long is refused, never cut, so nothing is stored
 * that the member did not send. This class depends on nothing else in the core.
 */
public final class TextPolicy {
    /** How many code points of rejected input a reply may quote back. */
    public static final int ECHO_LENGTH = 60;

    private static final String ELLIPSIS = "…";
    /**
     * Escape sequences: CSI (ESC [ or U+009B, parameters, intermediates, final byte); string commands (OSC, DCS,
     * SOS, PM, APC, by ESC or C1) up to BEL, ST or the end; any other ESC with its intermediates and final byte.
     */
    private static final Pattern ESCAPES = Pattern.compile(
            "(?:\\x1B\\[|\\x{9B})[\\x30-\\x3F]*[\\x20-\\x2F]*[\\x40-\\x7E]?"
                    + "|(?:\\x1B[\\]PX^_]|[\\x{90}\\x{98}\\x{9D}\\x{9E}\\x{9F}]).*?(?:\\x07|\\x1B\\\\|\\x{9C}|$)"
                    + "|\\x1B[\\x20-\\x2F]*[\\x30-\\x7E]?",
            Pattern.DOTALL);
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private TextPolicy() {
    }

    /** {@code raw} cleaned as described above, or refused for {@code field}. */
    public static Cleaned clean(String raw, TextField field) {
        String text = clean(raw == null ? "" : raw, field.multiline());
        int length = text.codePointCount(0, text.length());
        if (!hasVisible(text)) {
            return new Cleaned.Refused(Cleaned.Problem.BLANK, length, field.maxLength());
        }
        if (length > field.maxLength()) {
            return new Cleaned.Refused(Cleaned.Problem.TOO_LONG, length, field.maxLength());
        }
        return new Cleaned.Clean(text);
    }

    /**
     * {@code text} to quote back in a reply: at most {@link #ECHO_LENGTH} code points, the last an ellipsis when
     * it was cut. A surrogate pair is never split.
     */
    public static String excerpt(String text) {
        return excerpt(text, ECHO_LENGTH);
    }

    /** {@code text} cut to at most {@code max} code points (at least 2), ending in an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("an excerpt needs room for a character and the ellipsis: " + max);
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    private static String clean(String raw, boolean multiline) {
        String noEscapes = ESCAPES.matcher(raw).replaceAll("");
        StringBuilder out = new StringBuilder(Math.min(noEscapes.length(), 1 << 16));
        int[] cps = noEscapes.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\t' || c == 0x0B || c == 0x0C) {
                out.append(' ');
            } else if (isRemoved(c)) {
                continue;
            } else if (isAttached(c)) {
                int before = out.length() > 0 ? out.codePointBefore(out.length()) : ' ';
                boolean afterVisible = isVisible(before) || isAttached(before) && before != ZWJ && before != ZWNJ;
                boolean joinerBeforeVisible = (c != ZWJ && c != ZWNJ) || i + 1 < cps.length && isVisible(cps[i + 1]);
                if (afterVisible && joinerBeforeVisible) {
                    out.appendCodePoint(c);
                }
            } else {
                out.appendCodePoint(c);
            }
        }
        return strip(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Invisible characters that never carry meaning in a typed answer. */
    private static boolean isRemoved(int c) {
        return Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C
                || c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x180E
                || c == 0x00AD || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                || c == 0xE0001
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /** Invisible characters that mean something only attached to the visible character before them. */
    private static boolean isAttached(int c) {
        return c == ZWJ || c == ZWNJ
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                || (c >= 0xE0020 && c <= 0xE007F) || c == 0x034F;
    }

    private static boolean isVisible(int c) {
        return !isBlank(c) && !isRemoved(c) && !isAttached(c) && !isLineBreak(c);
    }

    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x2800;
    }

    private static boolean hasVisible(String text) {
        return text.codePoints().anyMatch(TextPolicy::isVisible);
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }
}
