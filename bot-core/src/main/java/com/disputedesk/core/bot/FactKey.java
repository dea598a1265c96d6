package com.disputedesk.core.bot;

import java.util.Optional;
import java.util.function.Function;

/**
 * One fact a command takes as {@code name=value} beside its arguments ({@code silent-days=30}). What a value looks
 * like is said once per team language by {@code fact.<command>.<name>} in the command's bundle.
 *
 * @param name   lower case with dashes, as typed before '='
 * @param parser the value read, empty when it is not one
 * @param <V>    what a value is
 */
public record FactKey<V>(String name, Function<String, Optional<V>> parser) {
    public FactKey {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a fact name is lower case letters, digits and '-': " + name);
        }
    }
}
