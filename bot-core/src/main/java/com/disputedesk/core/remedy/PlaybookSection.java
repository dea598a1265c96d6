package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every part of the playbook compiler shares, so that all parts report alike: a problem reads
 * "file: field.path: what is wrong", and texts, codes and ids are checked the same way everywhere.
 */
abstract class PlaybookSection {
    /** Marketplace ids and rung ids alike. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path file;

    PlaybookSection(Path file) {
        this.file = file;
    }

    PlaybookException problem(String path, String what) {
        return new PlaybookException(file + ": " + path + ": " + what);
    }

    String text(String path, String value) {
        if (value == null || value.isBlank()) {
            throw problem(path, "missing");
        }
        return value.trim();
    }

    <E extends Enum<E> & Coded> E code(String path, String what, Class<E> type, String value) {
        if (value == null) {
            throw problem(path, "missing " + what);
        }
        return Coded.parse(type, value).orElseThrow(() -> problem(path, "unknown " + what + " '" + value
                + "' (expected one of: " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                .collect(Collectors.joining(", ")) + ")"));
    }
}
