package com.disputedesk.app.config;

import com.disputedesk.core.chat.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The checks the sections of disputedesk.yml run on their own fields while they are bound. */
final class Check {
    private Check() {
    }

    static <T> T required(T value, String key) {
        if (value == null) {
            throw SettingProblem.at(key, "is required");
        }
        return value;
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** A text setting; left out or blank means the default. */
    static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** "platform:id" keys (chats, members, admins), each on a platform the desk knows. */
    static List<String> platformKeys(List<String> keys, String key) {
        if (keys == null) {
            return List.of();
        }
        // The chat platforms first, the local console last, as the operator reads them.
        List<String> platforms = Arrays.stream(Platform.values())
                .sorted(Comparator.comparing((Platform p) -> p == Platform.CONSOLE))
                .map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i) == null ? "" : keys.get(i).trim();
            int colon = k.indexOf(':');
            if (colon < 1 || colon == k.length() - 1 || !platforms.contains(k.substring(0, colon))) {
                throw SettingProblem.at(key + "[" + i + "]", "must look like "
                        + either(platforms.stream().map(p -> p + ":<id>").toList()) + ", got '" + k + "'");
            }
            out.add(k);
        }
        return List.copyOf(out);
    }

    static long range(Long value, long fallback, String key, long min, long max) {
        long v = Objects.requireNonNullElse(value, fallback);
        if (v < min || v > max) {
            throw SettingProblem.at(key, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    static int range(Integer value, int fallback, String key, int min, int max) {
        return (int) range(value == null ? null : value.longValue(), fallback, key, min, max);
    }

    /** One of a few words, e.g. the storage kind; {@code allowed} as the operator writes them. */
    static String oneOf(String value, String fallback, String key, String... allowed) {
        String v = value == null ? fallback : value.trim();
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw SettingProblem.at(key, "must be " + Check.either(List.of(allowed)) + ", got '" + v + "'");
    }

    /** "a", "a or b", "a, b or c". */
    static String either(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
