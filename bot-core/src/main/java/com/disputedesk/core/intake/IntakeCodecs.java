package com.disputedesk.core.intake;

import com.disputedesk.core.dialog.Codec;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the intake's typed answers are kept in a stored draft. */
final class IntakeCodecs {
    private static final Pattern MONEY = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?) ([A-Z]{3})");

    private IntakeCodecs() {
    }

    /** An amount as {@link Money#toString()} writes it: "25.90 USD". */
    static final Codec<Money> MONEY_CODEC = new Codec<>() {
        @Override
        public String write(Money value) {
            return value.toString();
        }

        @Override
        public Optional<Money> read(String stored) {
            Matcher m = MONEY.matcher(stored);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Money(new BigDecimal(m.group(1)), Currency.getInstance(m.group(2))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    };

    /**
     * When a dispute was opened, as an ISO instant ("2026-11-20T09:00:00Z"). A draft saved before the intake took
     * a time holds a bare day ("2026-11-20"): it reads as that day's start in UTC, the only zone a stored draft
     * can name (such drafts expire within a day).
     */
    static final Codec<Instant> MOMENT_CODEC = new Codec<>() {
        @Override
        public String write(Instant value) {
            return value.toString();
        }

        @Override
        public Optional<Instant> read(String stored) {
            try {
                return Optional.of(Instant.parse(stored));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDate.parse(stored).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException notADay) {
                    return Optional.empty();
                }
            }
        }
    };

    /** A coded enum constant by its code ("wrong-size"), which is also its option's value. */
    static <E extends Enum<E> & Coded> Codec<E> coded(Class<E> type) {
        return new Codec<>() {
            @Override
            public String write(E value) {
                return value.code();
            }

            @Override
            public Optional<E> read(String stored) {
                for (E e : type.getEnumConstants()) {
                    if (e.code().equals(stored)) {
                        return Optional.of(e);
                    }
                }
                return Optional.empty();
            }
        };
    }
}
