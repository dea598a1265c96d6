package com.disputedesk.core.bot;

import com.disputedesk.core.kernel.Coded;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The closed set of argument types a command can declare. The router parses typed words with them, and each
 * platform surface is generated from them (a Discord option type, its choices, range and autocomplete).
 *
 * @param <T> what a parsed value is
 */
public sealed interface ParamType<T> permits ParamType.CaseReference, ParamType.Choice, ParamType.OneOf,
        ParamType.IntRange, ParamType.Money, ParamType.MemberName, ParamType.Word, ParamType.Text, ParamType.Facts {

    /** A case: number, "#number" or order id; platforms offer the team's open cases while it is typed. */
    record CaseReference() implements ParamType<CaseRef> {
    }

    /** One constant of a {@link Coded} enum, typed by its code. */
    record Choice<E extends Enum<E> & Coded>(Class<E> type) implements ParamType<E> {
        public List<E> values() {
            return Arrays.asList(type.getEnumConstants());
        }

        public List<String> codes() {
            return values().stream().map(Coded::code).toList();
        }
    }

    /** One of a list known only at run time (the playbook's marketplaces), typed by its code. */
    record OneOf(Supplier<List<Option>> options) implements ParamType<String> {
    }

    /** A whole number from {@code min} to {@code max}. */
    record IntRange(int min, int max) implements ParamType<Integer> {
    }

    /** An amount with an optional currency code, in one word ("40usd") or two ("40 USD"). */
    record Money() implements ParamType<Amount> {
    }

    /** A team member as typed: the rest of the line ("Alice", "@Alice", "telegram:123"). */
    record MemberName() implements ParamType<String> {
    }

    /** One word read by {@code parser} (a duration, a language code): empty when the word is not one. */
    record Word<V>(Function<String, Optional<V>> parser, int maxLength) implements ParamType<V> {
    }

    /** Free text: the rest of the line, as typed. */
    record Text(int maxLength) implements ParamType<String> {
    }

    /**
     * Facts typed as {@code name=value} words anywhere after the required arguments, each at most once; platforms
     * take them as one text option.
     */
    record Facts(List<FactKey<?>> keys) implements ParamType<FactValues> {
        public Facts {
            keys = List.copyOf(keys);
        }

        public java.util.Optional<FactKey<?>> key(String name) {
            return keys.stream().filter(k -> k.name().equals(name)).findFirst();
        }

        public List<String> names() {
            return keys.stream().map(FactKey::name).toList();
        }
    }

    /** An entry of a {@link OneOf} list: what is typed, and the name it is shown with. */
    record Option(String code, String label) {
    }
}
