package com.disputedesk.core.bot;

import java.util.Optional;

/**
 * Why a command's arguments did not parse: a required one is missing, a value does not fit its param, or a word
 * is left over. Nothing was changed.
 *
 * @param param the param concerned; empty for a word left over
 * @param typed the word(s) concerned; empty when missing
 */
public record BadInput(Problem problem, Optional<Param<?>> param, String typed) {

    /** What is wrong. */
    public enum Problem {
        MISSING,
        INVALID,
        EXTRA
    }

    /** True when the bad value is for {@code p}. */
    public boolean concerns(Param<?> p) {
        return problem == Problem.INVALID && param.map(x -> x.name().equals(p.name())).orElse(false);
    }
}
