package com.disputedesk.core.bot;

import java.util.Map;
import java.util.Optional;

/** The facts typed with a command, read with the {@link FactKey}s that declared them. */
public final class FactValues {
    /** No facts typed. */
    public static final FactValues NONE = new FactValues(Map.of());

    private final Map<String, Object> values;

    FactValues(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The fact's value, empty when it was not typed. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(FactKey<V> key) {
        return Optional.ofNullable((V) values.get(key.name()));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
