package com.disputedesk.app.config;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.QuietHours;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How single values of disputedesk.yml are read: the short forms operators write ("24h", "09:00", "yes") and,
 * when a value does not fit, what was expected ("must be a duration like 500ms, 30s, 24h, 7d or PT24H, got
 * 'soon'"). A value given in the environment arrives as text, so every reader takes text as well.
 */
final class Scalars {
    private Scalars() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("disputedesk-settings");
        m.addDeserializer(String.class, new Reader<>(String.class, "a single value", t -> t));
        m.addDeserializer(Long.class, new Reader<>(Long.class, "a whole number", Scalars::wholeNumber));
        m.addDeserializer(Integer.class, new Reader<>(Integer.class, "a whole number", Scalars::smallNumber));
        m.addDeserializer(Boolean.class, new Reader<>(Boolean.class, "true or false", Scalars::bool));
        m.addDeserializer(Duration.class, new Reader<>(Duration.class, DURATION, Scalars::duration));
        m.addDeserializer(LocalTime.class, new Reader<>(LocalTime.class, TIME, Scalars::time));
        m.addDeserializer(ZoneId.class, new Reader<>(ZoneId.class, "a time zone like Asia/Shanghai", Scalars::zone));
        m.addDeserializer(UiLanguage.class, coded(UiLanguage.class));
        m.addDeserializer(URI.class, new Reader<>(URI.class, "an http(s) URL", Scalars::url));
        return m;
    }

    private static final String DURATION = "a duration like 500ms, 30s, 24h, 7d or PT24H";
    private static final String TIME = "a time of day like 09:00";
    private static final String QUIET = "off or two times like 22:00-07:00";

    /** Turns the text of one value into its type, or throws a {@link SettingProblem} saying what was expected. */
    @FunctionalInterface
    private interface Parse<T> {
        T parse(String text);
    }

    /** Reads one scalar through a {@link Parse}; a section or list where a single value belongs is refused. */
    static class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final String expected;
        private final transient Parse<T> parse;

        Reader(Class<?> type, String expected, Parse<T> parse) {
            super(type);
            this.expected = expected;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
                throw SettingProblem.value("must be " + expected + ", not a section");
            }
            if (token == JsonToken.START_ARRAY) {
                throw SettingProblem.value("must be " + expected + ", not a list");
            }
            return parse.parse(p.getText());
        }
    }

    /** {@code reminders.quiet-hours}: "off" or "22:00-07:00"; empty for off. */
    static final class QuietHoursOrOff extends Reader<Optional<QuietHours>> {
        private static final long serialVersionUID = 1L;

        QuietHoursOrOff() {
            super(Optional.class, QUIET, text -> isOff(text) ? Optional.empty() : Optional.of(QuietHours.parse(text)
                    .orElseThrow(() -> SettingProblem.value("must be " + QUIET + ", got '" + text + "'"))));
        }
    }

    /** {@code reminders.digest-time}: "off" or a time of day; empty for off. */
    static final class TimeOrOff extends Reader<Optional<LocalTime>> {
        private static final long serialVersionUID = 1L;

        TimeOrOff() {
            super(Optional.class, "off or " + TIME, text -> isOff(text) ? Optional.empty() : Optional.of(time(text)));
        }
    }

    /** "off", and what YAML makes of an unquoted off. */
    private static boolean isOff(String text) {
        String t = text.trim();
        return t.equalsIgnoreCase("off") || t.equalsIgnoreCase("false") || t.equalsIgnoreCase("no");
    }

    /** An enum the operator writes by its code ("en"), refused with the codes there are. */
    private static <E extends Enum<E> & Coded> Reader<E> coded(Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        String expected = Check.either(codes);
        return new Reader<>(type, expected, text -> Coded.parse(type, text)
                .orElseThrow(() -> SettingProblem.value("must be " + expected + ", got '" + text + "'")));
    }

    static long wholeNumber(String text) {
        try {
            return Long.parseLong(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw SettingProblem.value("must be a whole number, got '" + text + "'");
        }
    }

    private static int smallNumber(String text) {
        long v = wholeNumber(text);
        if (v != (int) v) {
            throw SettingProblem.value("must be a whole number below 2147483648, got '" + text + "'");
        }
        return (int) v;
    }

    private static boolean bool(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("yes")) {
            return true;
        }
        if (t.equals("false") || t.equals("no")) {
            return false;
        }
        throw SettingProblem.value("must be true or false, got '" + text + "'");
    }

    /** An ISO-8601 duration ("PT24H") or a short form ("500ms", "30s", "24h", "7d"), longer than zero. */
    static Duration duration(String text) {
        String t = text.trim();
        Duration d;
        try {
            d = t.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(t) : shortDuration(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw SettingProblem.value("must be " + DURATION + ", got '" + t + "'");
        }
        if (d.isNegative() || d.isZero()) {
            throw SettingProblem.value("must be longer than zero, got '" + t + "'");
        }
        return d;
    }

    private static Duration shortDuration(String t) {
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
        }
        if (t.length() < 2) {
            throw new NumberFormatException(t);
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
        return switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new NumberFormatException(t);
        };
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw SettingProblem.value("must be " + TIME + ", got '" + text + "'");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw SettingProblem.value("unknown time zone '" + text
                    + "' (use a name like Asia/Shanghai or Europe/Warsaw)");
        }
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw SettingProblem.value("must be an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw SettingProblem.value("must be an http(s) URL, got '" + text + "'");
        }
    }
}
