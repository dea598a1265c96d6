package com.disputedesk.core.team.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.BadInput;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Durations;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remind.MemberDirectory;
import com.disputedesk.core.remind.ReminderPlanner;
import com.disputedesk.core.team.QuietHours;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.text.TextPolicy;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /settings}: shows the team's settings to any member; a team admin changes one per command
 * ({@code /settings zone Europe/Warsaw}, {@code quiet 22:00-07:00|off}, {@code digest 09:00|off},
 * {@code language en|zh}, {@code followup 24h}, {@code nag 4h}, {@code leads 48h,24h,4h},
 * {@code case-threads on|off}). A bad value changes
 * nothing and says what is expected. New intervals apply to reminders scheduled from then on. Durations are shown
 * exactly as set, to the minute.
 *
 * <p>Deadline warnings are at most {@link TeamSettings#MAX_LEADS}, each up to 30 days, kept once each and longest
 * first; a list with no duration in it is refused and the current one kept.
 *
 * <p>{@code /lang en|zh} is a shorthand for {@code /settings language}, changed the same way.
 *
 * <p>{@code /settings dm-reminders on|off} is each member's own: the reminders of the cases they own also come to
 * them by direct message. Any member sets it for themselves.
 */
public final class SettingsCommand implements CommandHandler {
    /** The settings texts live beside the reminder texts whose timing they set. */
    static final String BUNDLE = "remind";
    static final Param<Setting> SETTING = Param.choice("setting", Setting.class).optional();
    static final Param<String> VALUE = Param.text("value", 100).optional();
    static final Param<UiLanguage> LANGUAGE = Param.choice("language", UiLanguage.class);
    static final CommandSpec SETTINGS = CommandSpec.of("settings", BUNDLE, Section.TEAM)
            .params(SETTING, VALUE).example("quiet 22:00-07:00").build();
    static final CommandSpec LANG = CommandSpec.of("lang", BUNDLE, Section.TEAM).params(LANGUAGE)
            .example("zh").adminsOnly().build();

    private final TeamSettings settings;
    private final ReminderPlanner planner;
    private final MemberDirectory members;
    private final Messages messages = new Messages(BUNDLE);

    /** @param members where each member's own settings are kept */
    public SettingsCommand(TeamSettings settings, ReminderPlanner planner, MemberDirectory members) {
        this.settings = settings;
        this.planner = planner;
        this.members = members;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SETTINGS, LANG);
    }

    /** A leads list too long for the value names the lead limit, which is what the admin needs to know. */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        boolean longValue = bad.problem() == BadInput.Problem.TOO_LONG
                && bad.param().map(p -> p.name().equals(VALUE.name())).orElse(false);
        if (!longValue || !parsed.find(SETTING).equals(Optional.of(Setting.LEADS))
                || !turn.team().isAdmin(turn.member())) {
            return false;
        }
        tooManyLeads(turn, leadParts(parsed.command().rawArgs()).size());
        return true;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        if (args.spec().equals(LANG)) {
            changeLanguage(turn, args.get(LANGUAGE));
            return;
        }
        if (args.find(SETTING).isEmpty() && args.find(VALUE).isEmpty()) {
            turn.say(show(turn.team()) + "\n" + messages.get(turn.language(), "settings.show.dm",
                    onOff(turn.language(), members.dmReminders(turn.team().id(), turn.member().key()))));
            return;
        }
        if (args.find(SETTING).equals(Optional.of(Setting.DM_REMINDERS))) {
            dmReminders(turn, args.find(VALUE).orElse(""));
            return;
        }
        if (!turn.team().isAdmin(turn.member())) {
            turn.say(messages.get(turn.language(), "settings.admins.only"));
            return;
        }
        if (args.find(SETTING).isEmpty() || args.find(VALUE).isEmpty() || args.get(VALUE).contains(" ")) {
            turn.say(args.usage());
            return;
        }
        change(turn, args.get(SETTING), args.get(VALUE));
    }

    private void change(Turn turn, Setting setting, String value) {
        Team team = turn.team();
        UiLanguage lang = turn.language();
        switch (setting) {
            case ZONE:
                Optional<ZoneId> zone = zone(value);
                if (zone.isEmpty()) {
                    turn.say(messages.get(lang, "settings.bad.zone", TextPolicy.excerpt(value)));
                    return;
                }
                settings.setZone(team, zone.get());
                planner.digestChanged(team);
                saved(turn, setting, zone.get().getId());
                break;
            case QUIET:
                Optional<QuietHours> quiet = QuietHours.parse(value);
                if (quiet.isEmpty() && !value.equalsIgnoreCase("off")) {
                    turn.say(messages.get(lang, "settings.bad.quiet"));
                    return;
                }
                settings.setQuietHours(team, quiet);
                saved(turn, setting, quiet.map(QuietHours::toString).orElse(messages.get(lang, "settings.off")));
                break;
            case DIGEST:
                Optional<LocalTime> at = QuietHours.parseTime(value);
                if (at.isEmpty() && !value.equalsIgnoreCase("off")) {
                    turn.say(messages.get(lang, "settings.bad.digest"));
                    return;
                }
                settings.setDigestTime(team, at);
                planner.digestChanged(team);
                saved(turn, setting, at.map(LocalTime::toString).orElse(messages.get(lang, "settings.off")));
                break;
            case LANGUAGE:
                Optional<UiLanguage> language = Coded.parse(UiLanguage.class, value);
                if (language.isEmpty()) {
                    turn.say(messages.get(lang, "settings.bad.language"));
                    return;
                }
                changeLanguage(turn, language.get());
                break;
            case FOLLOWUP:
            case NAG:
                Optional<Duration> every = Durations.parse(value);
                if (every.isEmpty()) {
                    turn.say(messages.get(lang, "settings.bad.duration", TextPolicy.excerpt(value)));
                    return;
                }
                if (setting == Setting.FOLLOWUP) {
                    settings.setFollowUpInterval(team, every.get());
                } else {
                    settings.setOverdueInterval(team, every.get());
                }
                saved(turn, setting, Durations.exact(every.get()));
                break;
            case LEADS:
                changeLeads(turn, value);
                break;
            case DM_REMINDERS:
                dmReminders(turn, value);
                break;
            case CASE_THREADS:
                if (!value.equalsIgnoreCase("on") && !value.equalsIgnoreCase("off")) {
                    turn.say(messages.get(lang, "home.settings.bad"));
                    return;
                }
                boolean on = value.equalsIgnoreCase("on");
                settings.setCaseThreads(team, on);
                saved(turn, setting, onOff(lang, on));
                break;
            default:
                throw new IllegalStateException("no change for setting " + setting);
        }
    }

    /** The member's own choice: on or off, nothing else; a bad value changes nothing. */
    private void dmReminders(Turn turn, String value) {
        UiLanguage lang = turn.language();
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("on") && !v.equals("off")) {
            turn.say(messages.get(lang, "settings.bad.dm"));
            return;
        }
        boolean on = v.equals("on");
        members.seen(turn.team().id(), turn.member(), turn.now());
        members.setDmReminders(turn.team().id(), turn.member(), on);
        String saved = messages.get(lang, on ? "settings.dm.on" : "settings.dm.off");
        // Telegram lets a bot write first only to people who started a private chat with it
        if (on && turn.member().platform() == com.disputedesk.core.chat.Platform.TELEGRAM) {
            saved += "\n" + messages.get(lang, "settings.dm.on.telegram");
        }
        turn.say(saved);
    }

    private String onOff(UiLanguage lang, boolean on) {
        return on ? messages.get(lang, "settings.on") : messages.get(lang, "settings.off");
    }

    private void changeLeads(Turn turn, String value) {
        UiLanguage lang = turn.language();
        List<String> parts = leadParts(value);
        if (parts.isEmpty()) {
            turn.say(messages.get(lang, "settings.bad.leads.empty", leads(turn.team())));
            return;
        }
        List<Duration> leads = new ArrayList<>();
        for (String part : parts) {
            Optional<Duration> lead = Durations.parse(part);
            if (lead.isEmpty()) {
                turn.say(messages.get(lang, "settings.bad.duration", TextPolicy.excerpt(part)));
                return;
            }
            leads.add(lead.get());
        }
        if (leads.stream().distinct().count() > TeamSettings.MAX_LEADS) {
            tooManyLeads(turn, (int) leads.stream().distinct().count());
            return;
        }
        settings.setDeadlineLeads(turn.team(), leads);
        saved(turn, Setting.LEADS, leads(turn.team()));
    }

    private void tooManyLeads(Turn turn, int given) {
        turn.say(messages.get(turn.language(), "settings.bad.leads.many", Integer.toString(given),
                Integer.toString(TeamSettings.MAX_LEADS), leads(turn.team())));
    }

    /** The durations of a typed list: what is between its commas, blanks left out. */
    private static List<String> leadParts(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private String leads(Team team) {
        return settings.deadlineLeads(team).stream().map(Durations::exact).collect(Collectors.joining(", "));
    }

    /** The one way the team's language changes, by /settings language and by /lang alike. */
    private void changeLanguage(Turn turn, UiLanguage language) {
        settings.setLanguage(turn.team(), language);
        turn.say(messages.get(language, "settings.saved", Glossary.label(language, Setting.LANGUAGE), language.code()) + "\n"
                + messages.get(language, "lang.switched"));
    }

    private void saved(Turn turn, Setting setting, String value) {
        turn.say(messages.get(turn.language(), "settings.saved", Glossary.label(turn.language(), setting), value));
    }

    private String show(Team team) {
        UiLanguage lang = settings.language(team);
        String off = messages.get(lang, "settings.off");
        return messages.get(lang, "settings.show", team.name(), settings.zone(team).getId(),
                settings.quietHours(team).map(QuietHours::toString).orElse(off),
                settings.digestTime(team).map(LocalTime::toString).orElse(off), lang.code(),
                Durations.exact(settings.followUpInterval(team)), leads(team),
                Durations.exact(settings.overdueInterval(team)), onOff(lang, settings.caseThreads(team)));
    }

    private static Optional<ZoneId> zone(String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
