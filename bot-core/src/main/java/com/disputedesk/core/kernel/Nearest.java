package com.disputedesk.core.kernel;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid name closest to a mistyped one, by edit distance, ignoring case: a configuration key ("zoen" -> "zone"),
 * a /remedy fact ("silent-day" -> "silent-days"); nothing when none is close.
 */
public final class Nearest {
    private Nearest() {
    }

    /** The name of {@code known} closest to {@code typed}, when one is close enough to be a slip. */
    public static Optional<String> to(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(typed.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance && isClose(d, k)) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Close enough to be a slip: one edit in a short key, up to three in a long one. */
    public static boolean isClose(int distance, String key) {
        return distance <= Math.max(1, Math.min(3, key.length() / 3));
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
