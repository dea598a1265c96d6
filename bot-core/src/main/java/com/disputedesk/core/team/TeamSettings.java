package com.disputedesk.core.team;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A team's settings: what an admin changed by command, else what the configuration says. A stored value that
 * no longer parses (edited by hand) falls back to the configured default rather than failing the team.
 */
public final class TeamSettings {
    static final String LANGUAGE = "language";
    static final String ZONE = "zone";
    static final String QUIET = "quiet";
    static final String DIGEST = "digest";
    static final String FOLLOW_UP = "followup";
    static final String OVERDUE_EVERY = "nag";
    static final String LEADS = "leads";
    static final String CASE_THREADS = "case-threads";
    static final String ON = "on";
    /** Stored for "switched off" (quiet hours, digest): distinct from "never set". */
    static final String OFF = "off";
    /**
     * The most deadline warnings a team may set. Each plans one reminder per open case, so the list is bounded,
     * and it is kept without duplicates, longest first.
     */
    public static final int MAX_LEADS = 6;

    private final SettingsStore store;
    private final TeamDefaults defaults;

    public TeamSettings(SettingsStore store) {
        this(store, TeamDefaults.standard());
    }

    public TeamSettings(SettingsStore store, TeamDefaults defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    public TeamDefaults defaults() {
        return defaults;
    }

    public UiLanguage language(Team team) {
        return store.get(team.id(), LANGUAGE).flatMap(code -> Coded.parse(UiLanguage.class, code)).orElse(team.language());
    }

    public void setLanguage(Team team, UiLanguage language) {
        store.put(team.id(), LANGUAGE, language.code());
    }

    /** The team's time zone: "today", quiet hours, the digest and "tomorrow morning" are read in it. */
    public ZoneId zone(Team team) {
        return read(team, ZONE, ZoneId::of).orElse(team.zone());
    }

    public void setZone(Team team, ZoneId zone) {
        store.put(team.id(), ZONE, zone.getId());
    }

    public Optional<QuietHours> quietHours(Team team) {
        Optional<String> stored = store.get(team.id(), QUIET);
        if (stored.isPresent() && stored.get().equals(OFF)) {
            return Optional.empty();
        }
        return stored.flatMap(QuietHours::parse).or(defaults::quietHours);
    }

    /** Sets the quiet hours; empty switches them off. */
    public void setQuietHours(Team team, Optional<QuietHours> hours) {
        store.put(team.id(), QUIET, hours.map(QuietHours::toString).orElse(OFF));
    }

    /** The local time of the daily digest; empty when the team has none. */
    public Optional<LocalTime> digestTime(Team team) {
        Optional<String> stored = store.get(team.id(), DIGEST);
        if (stored.isPresent() && stored.get().equals(OFF)) {
            return Optional.empty();
        }
        return stored.flatMap(QuietHours::parseTime).or(defaults::digestTime);
    }

    /** Sets the digest time; empty switches the digest off. */
    public void setDigestTime(Team team, Optional<LocalTime> time) {
        store.put(team.id(), DIGEST, time.map(LocalTime::toString).orElse(OFF));
    }

    /** How long after an offer, and then how often, the owner is reminded to follow up. */
    public Duration followUpInterval(Team team) {
        return read(team, FOLLOW_UP, Duration::parse).filter(TeamSettings::positive).orElse(defaults.followUpEvery());
    }

    /** The first follow-up's delay: the team's interval once set, else the configured first delay. */
    public Duration followUpFirst(Team team) {
        return read(team, FOLLOW_UP, Duration::parse).filter(TeamSettings::positive).orElse(defaults.followUpFirst());
    }

    public void setFollowUpInterval(Team team, Duration every) {
        store.put(team.id(), FOLLOW_UP, every.toString());
    }

    /** How often an overdue case nags until someone acts. */
    public Duration overdueInterval(Team team) {
        return read(team, OVERDUE_EVERY, Duration::parse).filter(TeamSettings::positive).orElse(defaults.overdueEvery());
    }

    public void setOverdueInterval(Team team, Duration every) {
        store.put(team.id(), OVERDUE_EVERY, every.toString());
    }

    /**
     * How long before a platform deadline the team is warned, longest first, each once. A stored list that breaks
     * the bounds of {@link #leads} (edited by hand) gives the configured default.
     */
    public List<Duration> deadlineLeads(Team team) {
        return read(team, LEADS, TeamSettings::parseLeads).orElse(defaults.deadlineLeads());
    }

    /**
     * Sets the deadline warnings, de-duplicated and longest first.
     *
     * @throws IllegalArgumentException when they break the bounds of {@link #leads}
     */
    public void setDeadlineLeads(Team team, List<Duration> leads) {
        store.put(team.id(), LEADS, leads(leads).stream().map(Duration::toString).collect(Collectors.joining(",")));
    }

    /**
     * {@code leads} de-duplicated and longest first, when they are between one and {@link #MAX_LEADS} positive
     * durations.
     *
     * @throws IllegalArgumentException when none is left, more than {@link #MAX_LEADS}, or one is not positive
     */
    public static List<Duration> leads(List<Duration> leads) {
        List<Duration> out = leads.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (out.isEmpty() || out.size() > MAX_LEADS || !out.stream().allMatch(TeamSettings::positive)) {
            throw new IllegalArgumentException("between 1 and " + MAX_LEADS + " positive deadline leads: " + leads);
        }
        return out;
    }

    /**
     * Whether each confirmed case gets a thread or topic of its own where the platform has them; on unless an
     * admin switched it off.
     */
    public boolean caseThreads(Team team) {
        return !store.get(team.id(), CASE_THREADS).map(OFF::equals).orElse(false);
    }

    public void setCaseThreads(Team team, boolean on) {
        store.put(team.id(), CASE_THREADS, on ? ON : OFF);
    }

    /** What "tomorrow morning" means for a snooze, local time. */
    public LocalTime morning(Team team) {
        return defaults.morning();
    }

    private <T> Optional<T> read(Team team, String name, Function<String, T> parse) {
        Optional<String> stored = store.get(team.id(), name);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(stored.get()));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Duration> parseLeads(String stored) {
        List<Duration> out = new ArrayList<>();
        for (String part : stored.split(",")) {
            out.add(Duration.parse(part.trim()));
        }
        return leads(out);
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
