package com.disputedesk.core.bot;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.text.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One argument of a command: its name (the key of its words in the command's bundle, and the Discord option
 * name), its type and whether it may be left out. Handlers keep their params as constants and read the parsed
 * values with them ({@code args.get(CASE)}).
 *
 * @param badKey the message in the command's bundle for a value that does not parse, filled with the typed
 *               word, the allowed values and the usage line; empty for the router's generic message
 */
public record Param<T>(String name, ParamType<T> type, boolean required, Optional<String> badKey) {
    /** The most code points a word of a closed set, a number or an amount takes: well above any valid one. */
    static final int WORD_LENGTH = 32;
    /** The most code points a member's name or handle takes. */
    static final int MEMBER_LENGTH = 128;
    /** The most code points one typed fact ({@code evidence=tracking,order-chat}) takes. */
    static final int FACT_LENGTH = 200;

    public static Param<CaseRef> caseRef(String name) {
        return new Param<>(name, new ParamType.CaseReference(), true, Optional.empty());
    }

    public static <E extends Enum<E> & Coded> Param<E> choice(String name, Class<E> type) {
        return new Param<>(name, new ParamType.Choice<>(type), true, Optional.empty());
    }

    public static Param<String> oneOf(String name, Supplier<List<ParamType.Option>> options) {
        return new Param<>(name, new ParamType.OneOf(options), true, Optional.empty());
    }

    public static Param<Integer> integer(String name, int min, int max) {
        return new Param<>(name, new ParamType.IntRange(min, max), true, Optional.empty());
    }

    public static Param<Amount> money(String name) {
        return new Param<>(name, new ParamType.Money(), true, Optional.empty());
    }

    public static Param<String> member(String name) {
        return new Param<>(name, new ParamType.MemberName(), true, Optional.empty());
    }

    public static <V> Param<V> word(String name, Function<String, Optional<V>> parser, int maxLength) {
        return new Param<>(name, new ParamType.Word<>(parser, maxLength), true, Optional.empty());
    }

    public static Param<String> text(String name, int maxLength) {
        return new Param<>(name, new ParamType.Text(maxLength), true, Optional.empty());
    }

    /** Facts typed as {@code name=value} words; always optional. */
    public static Param<FactValues> facts(String name, FactKey<?>... keys) {
        return new Param<>(name, new ParamType.Facts(List.of(keys)), false, Optional.empty());
    }

    /** The same param, which may be left out. */
    public Param<T> optional() {
        return new Param<>(name, type, false, badKey);
    }

    /** The same param, explaining a bad value with message {@code key} of the command's bundle. */
    public Param<T> badValue(String key) {
        return new Param<>(name, type, required, Optional.of(key));
    }

    /**
     * What the text policy allows a value of this param: free text its declared length over several lines, a
     * member name or a typed word one short line.
     */
    public TextField field() {
        if (type instanceof ParamType.Text t) {
            return TextField.lines(t.maxLength());
        }
        if (type instanceof ParamType.Word<?> w) {
            // a word longer than its type takes, but still short, is a bad value the handler may explain
            return TextField.line(Math.max(w.maxLength(), WORD_LENGTH));
        }
        if (type instanceof ParamType.CaseReference) {
            return TextField.line(CaseRef.MAX_LENGTH);
        }
        if (type instanceof ParamType.MemberName) {
            return TextField.line(MEMBER_LENGTH);
        }
        if (type instanceof ParamType.Facts) {
            return TextField.line(FACT_LENGTH);
        }
        return TextField.line(WORD_LENGTH);
    }

    /** True when the param takes the rest of the line. */
    boolean takesRest() {
        return type instanceof ParamType.Text || type instanceof ParamType.MemberName;
    }
}
