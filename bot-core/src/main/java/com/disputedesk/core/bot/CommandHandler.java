package com.disputedesk.core.bot;

import java.util.List;

/**
 * The commands a feature answers: each declared once as a {@link CommandSpec}, handled with its arguments already
 * parsed against it. The router answers bad input and members without access itself; the handler only sees calls
 * it can work with.
 */
public interface CommandHandler {

    /** The commands handled. */
    List<CommandSpec> specs();

    /** Handles a call of one of {@link #specs()}; {@code args.spec()} says which. */
    void handle(Turn turn, Arguments args);

    /**
     * A chance to explain a bad value in the command's own terms (an offer number the case's ladder lacks). Answer
     * the member and return true, or return false for the generated answer.
     *
     * @param parsed what was parsed before the bad value
     */
    default boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        return false;
    }
}
