package com.disputedesk.core.bot;

import java.util.Optional;

/**
 * Why a command's arguments did not parse: a required one is missing, a value does not fit its param, is longer
 * than its param takes, nothing visible was typed, or a word is left over. Nothing was changed.
 *
 * @param param  the param concerned; empty for a word left over, or blank input for a command without params
 * @param typed  the word(s) concerned as cleaned by the text policy, shortened to quote back; empty when missing
 * @param length the typed value's length in code points, for {@link Problem#TOO_LONG}; else 0
 * @param max    the most code points the param takes, for {@link Problem#TOO_LONG}; else 0
 */
public record BadInput(Problem problem, Optional<Param<?>> param, String typed, int length, int max) {

    /** What is wrong. */
    public enum Problem {
        MISSING,
        INVALID,
        /** Longer than the param takes ({@link #max}); refused, never cut. */
        TOO_LONG,
        /** Something was typed, but nothing visible was left once invisible and control characters were removed. */
        BLANK,
        EXTRA,
        /** A {@code name=value} fact whose value its fact does not take; {@link #typed} is the whole word. */
        BAD_FACT,
        /** A {@code name=value} fact of a name the command does not know; {@link #typed} is the name. */
        UNKNOWN_FACT
    }

    /** A problem without lengths. */
    public BadInput(Problem problem, Optional<Param<?>> param, String typed) {
        this(problem, param, typed, 0, 0);
    }

    /** True when the bad value is for {@code p}. */
    public boolean concerns(Param<?> p) {
        return problem == Problem.INVALID && param.map(x -> x.name().equals(p.name())).orElse(false);
    }
}
