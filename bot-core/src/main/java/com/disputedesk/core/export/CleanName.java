package com.disputedesk.core.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file name safe in a ZIP on any system: letters and digits of any script, '.', '-' and '_' kept, everything
 * else (path separators, spaces, quotes, control characters) turned into '_', no leading dot, at most
 * {@value #MAX} characters with the extension kept, numbered so two files never share a name.
 */
final class CleanName {
    static final int MAX = 80;

    private CleanName() {
    }

    /** {@code "07-photo_1.jpg"} for the 7th file, named unique against {@code taken} (which it is added to). */
    static String of(int index, String name, Set<String> taken) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        n.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '.' || cp == '-'
                || cp == '_' ? cp : '_'));
        String clean = out.toString().replaceAll("_{2,}", "_").replaceAll("^[._]+", "");
        if (clean.isEmpty()) {
            clean = "file";
        }
        if (clean.codePointCount(0, clean.length()) > MAX) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, clean.offsetByCodePoints(0, MAX - ext.length())) + ext;
        }
        String numbered = String.format(Locale.ROOT, "%02d-%s", index, clean);
        String unique = numbered;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = String.format(Locale.ROOT, "%02d-%d-%s", index, i, clean);
        }
        return unique;
    }
}
