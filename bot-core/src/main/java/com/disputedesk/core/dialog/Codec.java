package com.disputedesk.core.dialog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a step's typed value is kept in the stored draft: written as a string and read back. A codec reads only
 * what it wrote (it is not a parser of what members type), and a value it cannot read makes the draft unusable.
 *
 * @param <T> the value type
 */
public interface Codec<T> {

    /** The stored form of {@code value}. */
    String write(T value);

    /** The value a stored form holds; empty when the form is not one this codec writes. */
    Optional<T> read(String stored);

    /** Text kept as it is (a buyer's name, an order id, a code). */
    Codec<String> TEXT = new Codec<>() {
        @Override
        public String write(String value) {
            return value;
        }

        @Override
        public Optional<String> read(String stored) {
            return Optional.of(stored);
        }
    };

    /** A whole number in decimal. */
    Codec<Integer> INTEGER = new Codec<>() {
        @Override
        public String write(Integer value) {
            return value.toString();
        }

        @Override
        public Optional<Integer> read(String stored) {
            return stored.matches("-?[0-9]{1,9}") ? Optional.of(Integer.parseInt(stored)) : Optional.empty();
        }
    };

    /** A day as ISO "YYYY-MM-DD". */
    Codec<LocalDate> DATE = new Codec<>() {
        @Override
        public String write(LocalDate value) {
            return value.toString();
        }

        @Override
        public Optional<LocalDate> read(String stored) {
            try {
                return Optional.of(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    };
}
