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
        Set<String> english;
        Set<String> keys;
        try {
            // a team language without its file already fails here, when the bundle is made
            Messages messages = new Messages(bundle);
            english = messages.keys("en");
            keys = messages.keys(code);
        } catch (IllegalStateException e) {
            return List.of(e.getMessage());
        }
        List<String> gaps = new ArrayList<>();
        new TreeSet<>(english).stream().filter(k -> !keys.contains(k))
                .forEach(k -> gaps.add(bundle + "_" + code + " lacks " + k));
        new TreeSet<>(keys).stream().filter(k -> !english.contains(k))
                .forEach(k -> gaps.add(bundle + "_" + code + " has " + k + ", which English has not"));
        return gaps;
    }
}
