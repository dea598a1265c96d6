package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of disputedesk.yml, read off the records it is bound to: which keys each section takes and which
 * settings are lists. Environment overrides are resolved against it, so the file and the environment always
 * accept the same settings.
 */
sealed interface Shape {
    PropertyNamingStrategies.NamingBase NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

    /** A map of settings, in the order the record declares them. */
    record Section(Map<String, Shape> keys) implements Shape {
    }

    /** A list; items are addressed by their index. */
    record ListOf(Shape item) implements Shape {
    }

    /** A single value. */
    record Value() implements Shape {
    }

    static Shape of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListOf(of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            Map<String, Shape> keys = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                keys.put(NAMES.translate(rc.getName()), of(rc.getGenericType()));
            }
            return new Section(keys);
        }
        return new Value();
    }
}
