package com.disputedesk.core.store;

import java.util.Locale;

/** The lower-case form order ids and buyer names are searched by; what a member types is folded the same way. */
final class SearchKey {
    private SearchKey() {
    }

    /** The search form of {@code text}; empty for none. */
    static String of(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
