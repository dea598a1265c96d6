package com.disputedesk.core.bot;

import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Facts given outside a chat as name and value text (a case read from a file), read with the keys that declare
     * them, as typed ones are; empty when a name is no key's or a value is not one its key takes.
     */
    public static Optional<FactValues> read(List<FactKey<?>> keys, Map<String, String> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            Optional<FactKey<?>> key = keys.stream().filter(k -> k.name().equals(e.getKey())).findFirst();
            Optional<?> value = key.flatMap(k -> k.parser().apply(e.getValue()));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(e.getKey(), value.get());
        }
        return Optional.of(new FactValues(values));
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
