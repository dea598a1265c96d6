package com.disputedesk.core.bot;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.text.Cleaned;
import com.disputedesk.core.text.TextField;
import com.disputedesk.core.text.TextPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words after a command against its params. Required params come first, in order; the optional ones
 * after them may be typed in any order ("/remedy wrong-size aliexpress 40 USD"), each once; a param taking the
 * rest of the line takes what no other param wants. A word nothing takes is a bad value for the last param still
 * open (the likeliest meaning), or left over when none is.
 *
 * <p>The line passes the text policy first, so no param ever sees control, escape, bidi or zero-width characters;
 * each value then passes it again with its param's {@link Param#field()}: a value longer than that is refused
 * (never cut) with the limit named, and a line with nothing visible left is refused as blank. Typed text quoted
 * back in a refusal is shortened.
 */
final class ArgumentParser {
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A typed fact: a name, '=', and its value (maybe empty, which no fact takes). */
    private static final Pattern FACT = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)=(.*)");
    private static final int MAX_INT_DIGITS = 9;
    /** The whole line is only cleaned here; each param's own field bounds its value. */
    private static final TextField WHOLE_LINE = TextField.lines(Integer.MAX_VALUE);

    private ArgumentParser() {
    }

    /** The parsed values by param name, or why they could not be parsed (with what was parsed before). */
    record Result(Map<String, Object> values, Optional<BadInput> bad) {
    }

    static Result parse(CommandSpec spec, String typedArgs) {
        Cleaned line = TextPolicy.clean(typedArgs, WHOLE_LINE);
        if (line instanceof Cleaned.Refused && !typedArgs.isBlank()) {
            Optional<Param<?>> first = spec.params().stream().findFirst();
            return new Result(Map.of(), Optional.of(new BadInput(BadInput.Problem.BLANK, first, "")));
        }
        String rawArgs = line instanceof Cleaned.Clean c ? c.text() : "";
        List<Typed> words = words(rawArgs);
        Map<String, Object> values = new LinkedHashMap<>();
        Optional<Param<?>> factsParam = spec.params().stream().filter(p -> p.type() instanceof ParamType.Facts)
                .findFirst();
        if (factsParam.isPresent()) {
            Optional<BadInput> bad = facts(factsParam.get(), words, values);
            if (bad.isPresent()) {
                return new Result(values, bad);
            }
        }
        List<Param<?>> open = new ArrayList<>();
        int i = 0;
        for (Param<?> p : spec.params()) {
            if (!p.required()) {
                open.add(p);
                continue;
            }
            if (i >= words.size()) {
                return bad(values, BadInput.Problem.MISSING, p, "");
            }
            Optional<Taken> taken = take(p, words, i, rawArgs);
            if (taken.isEmpty()) {
                return bad(values, BadInput.Problem.INVALID, p, p.takesRest() ? rest(words, i, rawArgs)
                        : words.get(i).text());
            }
            values.put(p.name(), taken.get().value());
            i += taken.get().words();
        }
        while (i < words.size()) {
            Optional<Param<?>> matched = Optional.empty();
            Optional<Taken> taken = Optional.empty();
            for (Param<?> p : open) {
                if (p.takesRest()) {
                    continue;
                }
                taken = take(p, words, i, rawArgs);
                if (taken.isPresent()) {
                    matched = Optional.of(p);
                    break;
                }
            }
            if (matched.isEmpty()) {
                Optional<Param<?>> rest = open.stream().filter(Param::takesRest).findFirst();
                if (rest.isPresent()) {
                    taken = take(rest.get(), words, i, rawArgs);
                    if (taken.isEmpty()) {
                        return bad(values, BadInput.Problem.INVALID, rest.get(), rest(words, i, rawArgs));
                    }
                    matched = rest;
                }
            }
            if (matched.isEmpty()) {
                String word = words.get(i).text();
                // facts are typed as name=value, so a plain word is never a bad fact
                List<Param<?>> plain = open.stream().filter(x -> !(x.type() instanceof ParamType.Facts)).toList();
                return plain.isEmpty() ? new Result(values, Optional.of(
                        new BadInput(BadInput.Problem.EXTRA, Optional.empty(), TextPolicy.excerpt(word))))
                        : bad(values, BadInput.Problem.INVALID, plain.get(plain.size() - 1), word);
            }
            values.put(matched.get().name(), taken.get().value());
            open.remove(matched.get());
            i += taken.get().words();
        }
        return new Result(values, Optional.empty());
    }

    /**
     * Takes every {@code name=value} word out of {@code words} and reads it as a fact of {@code p} into
     * {@code values}; the first unknown name, bad value or fact typed twice is the answer.
     */
    private static Optional<BadInput> facts(Param<?> p, List<Typed> words, Map<String, Object> values) {
        ParamType.Facts type = (ParamType.Facts) p.type();
        Map<String, Object> facts = new LinkedHashMap<>();
        for (java.util.Iterator<Typed> it = words.iterator(); it.hasNext(); ) {
            String w = it.next().text();
            Matcher m = FACT.matcher(w);
            if (!m.matches()) {
                continue;
            }
            it.remove();
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            Optional<FactKey<?>> key = type.key(name);
            if (key.isEmpty()) {
                return Optional.of(new BadInput(BadInput.Problem.UNKNOWN_FACT, Optional.of(p),
                        TextPolicy.excerpt(m.group(1))));
            }
            if (!(TextPolicy.clean(w, p.field()) instanceof Cleaned.Clean)) {
                return Optional.of(new BadInput(BadInput.Problem.TOO_LONG, Optional.of(p), TextPolicy.excerpt(w),
                        w.codePointCount(0, w.length()), p.field().maxLength()));
            }
            Optional<?> value = facts.containsKey(name) ? Optional.empty() : key.get().parser().apply(m.group(2));
            if (value.isEmpty()) {
                return Optional.of(new BadInput(BadInput.Problem.BAD_FACT, Optional.of(p),
                        name + "=" + TextPolicy.excerpt(m.group(2))));
            }
            facts.put(name, value.get());
        }
        if (!facts.isEmpty()) {
            values.put(p.name(), new FactValues(facts));
        }
        return Optional.empty();
    }

    private static Result bad(Map<String, Object> values, BadInput.Problem problem, Param<?> p, String typed) {
        int length = typed.codePointCount(0, typed.length());
        int max = p.field().maxLength();
        if (problem == BadInput.Problem.INVALID && length > max) {
            return new Result(values, Optional.of(new BadInput(BadInput.Problem.TOO_LONG, Optional.of(p),
                    TextPolicy.excerpt(typed), length, max)));
        }
        return new Result(values, Optional.of(new BadInput(problem, Optional.of(p), TextPolicy.excerpt(typed))));
    }

    /** A value and how many words it took. */
    private record Taken(Object value, int words) {
    }

    private static Optional<Taken> take(Param<?> p, List<Typed> words, int i, String raw) {
        String w = words.get(i).text();
        ParamType<?> type = p.type();
        if (p.takesRest()) {
            Cleaned rest = TextPolicy.clean(rest(words, i, raw), p.field());
            return rest instanceof Cleaned.Clean c ? Optional.of(new Taken(c.text(), words.size() - i))
                    : Optional.empty();
        }
        if (!(TextPolicy.clean(w, p.field()) instanceof Cleaned.Clean)) {
            return Optional.empty();
        }
        if (type instanceof ParamType.CaseReference) {
            return one(new CaseRef(w));
        }
        if (type instanceof ParamType.Choice<?> c) {
            return choice(c, w);
        }
        if (type instanceof ParamType.OneOf o) {
            return o.options().get().stream().filter(x -> x.code().equalsIgnoreCase(w)).findFirst()
                    .flatMap(x -> one(x.code()));
        }
        if (type instanceof ParamType.IntRange r) {
            if (!w.matches("[0-9]{1," + MAX_INT_DIGITS + "}")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(w);
            return n < r.min() || n > r.max() ? Optional.empty() : one(n);
        }
        if (type instanceof ParamType.Money) {
            return money(p, words, i);
        }
        if (type instanceof ParamType.Facts) {
            // facts were taken out of the words before the other params were read
            return Optional.empty();
        }
        if (type instanceof ParamType.Word<?> word) {
            return w.codePointCount(0, w.length()) > word.maxLength() ? Optional.empty()
                    : word.parser().apply(w).flatMap(ArgumentParser::one);
        }
        throw new IllegalStateException("no parsing for " + type);
    }

    private static <E extends Enum<E> & Coded> Optional<Taken> choice(ParamType.Choice<E> c, String w) {
        return Coded.parse(c.type(), w).flatMap(ArgumentParser::one);
    }

    /** "40 USD", "USD 40" (two words), "40usd", or "40" without a currency. */
    private static Optional<Taken> money(Param<?> p, List<Typed> words, int i) {
        String w = words.get(i).text();
        if (i + 1 < words.size() && TextPolicy.clean(words.get(i + 1).text(), p.field()) instanceof Cleaned.Clean) {
            Optional<Money> two = MoneyParser.money(w + " " + words.get(i + 1).text(), Optional.empty());
            if (two.isPresent()) {
                return Optional.of(new Taken(new Amount(two.get().amount(), Optional.of(two.get().currency())), 2));
            }
        }
        Optional<Money> oneWord = MoneyParser.money(w, Optional.empty());
        if (oneWord.isPresent()) {
            return one(new Amount(oneWord.get().amount(), Optional.of(oneWord.get().currency())));
        }
        return MoneyParser.amount(w).flatMap(a -> one(new Amount(a, Optional.empty())));
    }

    private static Optional<Taken> one(Object value) {
        return Optional.of(new Taken(value, 1));
    }

    private static String rest(List<Typed> words, int i, String raw) {
        return raw.substring(words.get(i).start()).strip();
    }

    private static List<Typed> words(String raw) {
        List<Typed> out = new ArrayList<>();
        Matcher m = WORD.matcher(raw);
        while (m.find()) {
            out.add(new Typed(m.group(), m.start()));
        }
        return out;
    }

    /** A word as typed and where it starts in the line. */
    private record Typed(String text, int start) {
    }
}
