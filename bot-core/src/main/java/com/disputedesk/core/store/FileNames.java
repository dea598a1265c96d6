package com.disputedesk.core.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a file name a chat client sent (untrusted: it may carry folders, "..", control characters or thousands
 * of characters) into one safe to create inside a case's evidence folder on any common file system.
 */
public final class FileNames {
    /** Longest name kept, in UTF-8 bytes: well under the usual 255-byte limit, with room for " (123)". */
    static final int MAX_BYTES = 120;
    private static final String FALLBACK = "file";
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private FileNames() {
    }

    /** A safe file name for {@code original}: never empty, never a path, never hidden, at most 120 UTF-8 bytes. */
    public static String sanitize(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        // keep only the last path segment, whichever separator the sender's system uses
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || "<>:\"|?*".indexOf(cp) >= 0) {
                clean.append('_');
            } else if (Character.isWhitespace(cp)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        name = stripDotsAndSpaces(clean.toString().replaceAll("\\.{2,}", "."));
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        String[] parts = split(name);
        if (WINDOWS_DEVICES.contains(parts[0].toLowerCase(Locale.ROOT))) {
            name = "_" + name;
            parts = split(name);
        }
        return shorten(parts[0], parts[1], MAX_BYTES);
    }

    /** The n-th alternative of a sanitised name when it is taken: "photo (2).jpg", "photo (3).jpg", ... */
    static String alternative(String sanitized, int n) {
        String[] parts = split(sanitized);
        String suffix = " (" + n + ")";
        return shorten(parts[0], suffix + parts[1], MAX_BYTES);
    }

    /** base + extension, cutting the base (at a code point boundary) until the whole fits in {@code maxBytes}. */
    private static String shorten(String base, String extension, int maxBytes) {
        if (utf8(extension) > maxBytes / 2) {
            extension = "";
        }
        int budget = maxBytes - utf8(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int size = utf8(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        String result = stripDotsAndSpaces(kept.toString());
        return (result.isEmpty() ? FALLBACK : result) + extension;
    }

    /** {base, ".ext"} or {name, ""} when there is no extension. */
    private static String[] split(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return new String[] {name, ""};
        }
        return new String[] {name.substring(0, dot), name.substring(dot)};
    }

    private static String stripDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
