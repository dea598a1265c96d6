package com.disputedesk.core.dialog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codec of a multi-select answer: the set of the options picked, each kept as its element's stored form
 * (an option's value), joined by commas. An empty selection is an empty set, stored as "".
 *
 * @param element the codec of one option's value; its stored forms never contain a comma
 * @param <V>     the type of one selected value
 */
public record SetCodec<V>(Codec<V> element) implements Codec<Set<V>> {

    @Override
    public String write(Set<V> value) {
        return String.join(",", codes(value));
    }

    @Override
    public Optional<Set<V>> read(String stored) {
        return stored.isEmpty() ? Optional.of(Set.of()) : fromCodes(List.of(stored.split(",")));
    }

    /** The stored forms of the values, in the set's order. */
    public List<String> codes(Set<V> value) {
        List<String> out = new ArrayList<>();
        for (V v : value) {
            out.add(element.write(v));
        }
        return out;
    }

    /** The set of the values {@code codes} name, in their order; empty when one of them names no value. */
    public Optional<Set<V>> fromCodes(Collection<String> codes) {
        Set<V> out = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<V> v = element.read(code);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(Collections.unmodifiableSet(out));
    }
}
