package com.disputedesk.app;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigException;
import com.disputedesk.app.config.ConfigLoader;
import com.disputedesk.core.cases.commands.QuickRemedy;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.ClockEvent;
import com.disputedesk.core.remedy.EvidenceItem;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Playbook;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.team.Team;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code disputedesk suggest}: one case as JSON on stdin, the quick suggestion as JSON on stdout. It reads the
 * settings and the playbook only (no token, no database, no network) and asks the core's {@link QuickRemedy},
 * the evaluation {@code /remedy} answers with, so the two never disagree. Bad input gets one line on stderr
 * naming the field, and exit code 2.
 *
 * <pre>
 * usage: disputedesk suggest [--config path/to/disputedesk.yml] [--now 2026-11-25T10:00:00Z]
 * </pre>
 */
final class SuggestCli {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final String USAGE = "usage: disputedesk suggest [--config path/to/disputedesk.yml]"
            + " [--now 2026-11-25T10:00:00Z] < case.json";

    /** The one fact given as a list of codes, also taken as one text ("tracking,order-chat"). */
    private static final String EVIDENCE = "evidence";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SuggestCli() {
    }

    /** Bad input, said in one line that names {@code field}. */
    private static final class Bad extends Exception {
        Bad(String field, String why) {
            super(field + ": " + why);
        }
    }

    /**
     * Runs {@code suggest} with the arguments after it; returns the exit code. {@code clock} is now, unless
     * {@code --now} gives it.
     */
    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err,
                   Clock clock) {
        return new SuggestCli().suggest(args, env, stdin, out, err, clock);
    }

    private int suggest(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err,
                        Clock clock) {
        Path configFile = Path.of(env.getOrDefault("DISPUTEDESK_CONFIG", "config/disputedesk.yml"));
        Instant now = clock.instant();
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            if (args[i].equals("--config") && hasValue) {
                configFile = Path.of(args[++i]);
            } else if (args[i].equals("--now") && hasValue) {
                Optional<Instant> given = instant(args[++i]);
                if (given.isEmpty()) {
                    err.println("--now: \"" + args[i] + "\" is not a moment with its offset, e.g."
                            + " 2026-11-25T10:00:00Z or 2026-11-25T11:00:00+01:00");
                    return BAD_INPUT;
                }
                now = given.get();
            } else {
                err.println("unknown argument '" + args[i] + "'; " + USAGE);
                return BAD_INPUT;
            }
        }
        AppConfig config;
        Remedies remedies;
        try {
            config = ConfigLoader.load(configFile, env);
            remedies = Playbook.load(config.configDir());
        } catch (ConfigException | Playbook.PlaybookException e) {
            err.println("DisputeDesk cannot start: " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            Map<String, String> given = fields(read(stdin));
            // the first team's zone and language, unless the case names others
            Team team = config.teams().get(0);
            QuickRemedy.Answer answer = new QuickRemedy(remedies, config.ceilings())
                    .ask(given, now, team.zone(), team.language());
            if (answer instanceof QuickRemedy.Refused refused) {
                throw new Bad(refused.field(), refused.why());
            }
            out.println(json.writeValueAsString(render((QuickRemedy.Suggested) answer)));
            out.flush();
            return OK;
        } catch (Bad e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("stdin: cannot be read: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private JsonNode read(InputStream stdin) throws Bad, IOException {
        try {
            JsonNode node = json.readTree(stdin);
            if (node == null || node.isMissingNode()) {
                throw new Bad("stdin", "no JSON: give one case as a JSON object, e.g. {\"reason\": \"not-received\"}");
            }
            if (!node.isObject()) {
                throw new Bad("stdin", "the case is a JSON object of fields, e.g. {\"reason\": \"not-received\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new Bad("stdin", "not valid JSON" + where + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " ").strip());
        }
    }

    /** Every field as the text /remedy would take after {@code name=}: a number as written, a list as codes. */
    private static Map<String, String> fields(JsonNode node) throws Bad {
        Map<String, String> given = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isNull()) {
                continue; // null is "not known", as a field left out
            }
            if (v.isTextual()) {
                given.put(f.getKey(), v.textValue());
            } else if (v.isNumber()) {
                given.put(f.getKey(), v.decimalValue().toPlainString());
            } else if (v.isArray() && f.getKey().equals(EVIDENCE)) {
                List<String> codes = new ArrayList<>();
                for (JsonNode item : v) {
                    if (!item.isTextual()) {
                        throw new Bad(EVIDENCE, "a list of evidence codes, e.g. [\"tracking\", \"order-chat\"]");
                    }
                    codes.add(item.textValue());
                }
                if (codes.isEmpty()) {
                    continue;
                }
                given.put(EVIDENCE, String.join(",", codes));
            } else {
                String type = v.getNodeType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                throw new Bad(f.getKey(), "give a text or a number, not " + type);
            }
        }
        return given;
    }

    private ObjectNode render(QuickRemedy.Suggested answer) {
        Suggestion s = answer.suggestion();
        ZoneId zone = answer.zone();
        UiLanguage lang = answer.language();
        ObjectNode root = json.createObjectNode();
        root.put("reason", answer.reason().code());
        root.put("marketplace", answer.marketplace().id());
        answer.amount().ifPresent(m -> {
            ObjectNode order = root.putObject("order");
            order.put("amount", m.amount().toPlainString());
            order.put("currency", m.currency().getCurrencyCode());
        });
        root.put("team-zone", zone.getId());
        root.put("opened", ISO.format(answer.opened().atZone(zone)));
        ArrayNode offers = root.putArray("offers");
        Set<String> offered = s.offers().stream().map(Offer::rule).collect(Collectors.toSet());
        for (Offer o : s.offers()) {
            ObjectNode n = offers.addObject();
            n.put("rank", o.rank());
            n.put("kind", o.kind().code());
            o.amount().ifPresent(m -> {
                n.put("amount", m.amount().toPlainString());
                n.put("currency", m.currency().getCurrencyCode());
            });
            n.put("rule", o.rule());
            n.put("why", o.why(lang));
        }
        // a note on a rung that is not among the offers says why that rung was left out
        ArrayNode leftOut = root.putArray("left-out");
        ArrayNode notes = root.putArray("notes");
        for (Suggestion.Note note : s.notes()) {
            boolean rung = note.rule().contains(".") && !note.rule().startsWith("seller.")
                    && !note.rule().startsWith("shipping.");
            ObjectNode n = (rung && !offered.contains(note.rule()) ? leftOut : notes).addObject();
            n.put("rule", note.rule());
            n.put("why", note.text(lang));
        }
        ArrayNode clocks = root.putArray("clocks");
        for (CaseClock c : answer.clocks()) {
            ObjectNode n = clocks.addObject();
            n.put("id", c.id());
            n.put("name", c.name(lang));
            n.put("status", c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            c.due().ifPresentOrElse(d -> n.put("deadline", ISO.format(d.atZone(zone))), () -> n.putNull("deadline"));
            if (c.started().isEmpty()) {
                ArrayNode starts = n.putArray("starts-on");
                c.rule().starts().stream().map(ClockEvent::code).sorted().forEach(starts::add);
            }
            n.put("when-missed", c.rule().onMissed().in(lang));
            n.put("verified", c.rule().verified());
        }
        ArrayNode evidence = root.putArray("evidence");
        for (EvidenceItem e : s.evidence()) {
            ObjectNode n = evidence.addObject();
            n.put("kind", e.kind().code());
            n.put("at-hand", e.atHand());
        }
        ObjectNode draft = root.putObject("draft");
        draft.put("language", s.draft().language());
        draft.put("fallback", s.draft().fallback());
        draft.put("text", s.draft().text());
        return root;
    }
}
