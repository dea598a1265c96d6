package com.disputedesk.core.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a language lacks in a bundle compared with English: its file, or the keys English has and it has not. */
final class BundleGaps {
    private BundleGaps() {
    }

    /** Empty when the language's file exists with exactly the English keys. */
    static List<String> of(String bundle, String code) {
        Set<String> english = new Messages(bundle).keys("en");
        Set<String> keys;
        try {
            keys = new Messages(bundle).keys(code);
        } catch (IllegalStateException e) {
            return List.of("no file i18n/" + bundle + "_" + code + ".properties");
        }
        List<String> gaps = new ArrayList<>();
        new TreeSet<>(english).stream().filter(k -> !keys.contains(k))
                .forEach(k -> gaps.add(bundle + "_" + code + " lacks " + k));
        new TreeSet<>(keys).stream().filter(k -> !english.contains(k))
                .forEach(k -> gaps.add(bundle + "_" + code + " has " + k + ", which English has not"));
        return gaps;
    }
}
