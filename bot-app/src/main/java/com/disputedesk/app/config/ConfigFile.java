package com.disputedesk.app.config;

import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.team.QuietHours;
import com.disputedesk.core.team.TeamDefaults;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * config/disputedesk.yml as bound by Jackson (keys are the kebab-case names of the components). A section or
 * setting left out is null when bound; each record puts in its documented default and checks its own values, so
 * a record that exists is valid. Checks across teams are the loader's.
 */
record ConfigFile(Storage storage, Evidence evidence, Dialogs dialogs, Reminders reminders, TelegramSection telegram,
                  DiscordSection discord, Console console, List<TeamEntry> teams, Amounts amounts) {
    ConfigFile {
        amounts = Check.or(amounts, new Amounts(null, null));
        storage = Check.or(storage, new Storage(null, null, null));
        evidence = Check.or(evidence, new Evidence(null, null));
        dialogs = Check.or(dialogs, new Dialogs(null));
        reminders = Check.or(reminders, new Reminders(null, null, null, null, null, null, null, null));
        telegram = Check.or(telegram, TelegramSection.defaults());
        discord = Check.or(discord, DiscordSection.defaults());
        console = Check.or(console, new Console(null, null));
        teams = Check.or(teams, List.of());
    }

    /** {@code storage}: sqlite (the default) or postgres. */
    record Storage(String kind, String sqliteFile, Postgres postgres) {
        Storage {
            kind = Check.oneOf(kind, "sqlite", "kind", "sqlite", "postgres");
            sqliteFile = Check.text(sqliteFile, "data/disputedesk.db");
            postgres = Check.or(postgres, new Postgres(null, null, null));
            if (kind.equals("postgres")) {
                if (postgres.url() == null || postgres.user() == null) {
                    throw SettingProblem.at(postgres.url() == null ? "postgres.url" : "postgres.user",
                            "is required when kind is postgres");
                }
            }
        }
    }

    /** {@code storage.postgres}; the password may only come from the environment (refused in the file). */
    record Postgres(String url, String user, String password) {
        Postgres {
            password = Check.or(password, "");
        }

        @Override
        public String toString() {
            return "Postgres[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /** {@code evidence}: where evidence files are kept and the largest accepted. */
    record Evidence(String folder, Long maxBytes) {
        Evidence {
            folder = Check.text(folder, "data/evidence");
            maxBytes = Check.range(maxBytes, 20_000_000L, "max-bytes", 1_000, 2_000_000_000L);
        }
    }

    /** {@code dialogs}: an intake draft untouched this long is dropped. */
    record Dialogs(Duration expireAfter) {
        Dialogs {
            expireAfter = Check.or(expireAfter, Duration.ofHours(24));
        }
    }

    /** {@code reminders}: what every team starts with, and how the scheduler runs. */
    record Reminders(Duration followUpAfter, Duration followUpEvery, List<Duration> deadlineLeads,
                     Duration overdueEvery,
                     @JsonDeserialize(using = Scalars.QuietHoursOrOff.class) Optional<QuietHours> quietHours,
                     @JsonDeserialize(using = Scalars.TimeOrOff.class) Optional<LocalTime> digestTime,
                     LocalTime morning, Scheduler scheduler) {
        Reminders {
            TeamDefaults d = TeamDefaults.standard();
            followUpAfter = Check.or(followUpAfter, d.followUpFirst());
            followUpEvery = Check.or(followUpEvery, d.followUpEvery());
            deadlineLeads = deadlineLeads == null || deadlineLeads.isEmpty() ? d.deadlineLeads()
                    : List.copyOf(deadlineLeads);
            overdueEvery = Check.or(overdueEvery, d.overdueEvery());
            quietHours = Check.or(quietHours, d.quietHours());
            digestTime = Check.or(digestTime, d.digestTime());
            morning = Check.or(morning, d.morning());
            scheduler = Check.or(scheduler, new Scheduler(null, null, null, null, null, null));
        }

        TeamDefaults teamDefaults() {
            return new TeamDefaults(quietHours, digestTime, followUpAfter, followUpEvery, deadlineLeads, overdueEvery,
                    morning);
        }
    }

    /** {@code reminders.scheduler}. */
    record Scheduler(Duration lease, Integer batch, Duration lateAfter, Duration retryFirst, Duration retryMax,
                     Duration idleRecheck) {
        Scheduler {
            SchedulerConfig d = SchedulerConfig.standard();
            lease = Check.or(lease, d.lease());
            batch = Check.range(batch, d.batch(), "batch", 1, 10_000);
            lateAfter = Check.or(lateAfter, d.lateAfter());
            retryFirst = Check.or(retryFirst, d.retryFirst());
            retryMax = Check.or(retryMax, d.retryMax());
            idleRecheck = Check.or(idleRecheck, d.idleRecheck());
        }

        SchedulerConfig config() {
            return new SchedulerConfig(lease, batch, lateAfter, retryFirst, retryMax, idleRecheck);
        }
    }

    /**
     * {@code amounts}: the usual largest order amount, in units of any currency ({@code ceiling}), and per
     * currency where a unit is worth little ({@code currency-ceilings}, merged over the shipped ones). An amount
     * above it is questioned at intake and refused by the commands that take amounts.
     */
    record Amounts(BigDecimal ceiling, List<CurrencyCeiling> currencyCeilings) {
        Amounts {
            AmountCeilings shipped = AmountCeilings.standard();
            ceiling = Check.or(ceiling, shipped.anyCurrency());
            if (ceiling.signum() <= 0 || ceiling.setScale(0, RoundingMode.DOWN).precision()
                    > MoneyParser.MAX_WHOLE_DIGITS) {
                throw SettingProblem.at("ceiling", "must be more than zero and at most "
                        + MoneyParser.MAX_WHOLE_DIGITS + " digits, got " + ceiling.toPlainString());
            }
            currencyCeilings = Check.or(currencyCeilings, List.of());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < currencyCeilings.size(); i++) {
                if (!seen.add(currencyCeilings.get(i).currency())) {
                    throw SettingProblem.at("currency-ceilings[" + i + "].currency",
                            currencyCeilings.get(i).currency() + " is listed twice");
                }
            }
        }

        AmountCeilings ceilings() {
            Map<String, BigDecimal> byCurrency = new TreeMap<>(AmountCeilings.standard().byCurrency());
            currencyCeilings.forEach(c -> byCurrency.put(c.currency(), c.ceiling()));
            return new AmountCeilings(ceiling, byCurrency);
        }
    }

    /** One entry of {@code amounts.currency-ceilings}: an ISO 4217 code in circulation and its ceiling. */
    record CurrencyCeiling(String currency, BigDecimal ceiling) {
        CurrencyCeiling {
            Check.required(currency, "currency");
            Check.required(ceiling, "ceiling");
            String typed = currency;
            currency = MoneyParser.currency(typed).map(Currency::getCurrencyCode).orElseThrow(() ->
                    SettingProblem.at("currency", "'" + typed + "' is not an ISO 4217 currency in circulation"));
            if (ceiling.signum() <= 0 || ceiling.setScale(0, RoundingMode.DOWN).precision()
                    > MoneyParser.MAX_WHOLE_DIGITS) {
                throw SettingProblem.at("ceiling", "must be more than zero and at most "
                        + MoneyParser.MAX_WHOLE_DIGITS + " digits, got " + ceiling.toPlainString());
            }
        }
    }

    /** {@code console}: who types on the console chat. */
    record Console(String memberId, String memberName) {
        Console {
            memberId = Check.text(memberId, "operator");
            memberName = Check.text(memberName, "Operator");
        }
    }

    /** One entry of {@code teams}; chats are "platform:id" keys. */
    record TeamEntry(String id, String name, UiLanguage language, ZoneId zone, List<String> chats, List<String> members,
                     List<String> admins) {
        TeamEntry {
            Check.required(id, "id");
            if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
                throw SettingProblem.at("id", "must be 1-32 lower-case letters, digits or '-', got '" + id + "'");
            }
            name = Check.text(name, id);
            language = Check.or(language, UiLanguage.FALLBACK);
            zone = Check.or(zone, ZoneId.of("UTC"));
            chats = Check.platformKeys(chats, "chats");
            members = Check.platformKeys(members, "members");
            admins = Check.platformKeys(admins, "admins");
        }
    }
}
