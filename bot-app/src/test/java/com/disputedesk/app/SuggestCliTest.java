package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code disputedesk suggest} as an operator runs it: a case as JSON on stdin, the suggestion as JSON on stdout,
 * or one line on stderr naming what is wrong and exit code 2.
 */
class SuggestCliTest {
    private static final String CONFIG = "../config/disputedesk.yml";
    /** Wednesday 25 November 2026, 10:00 in Madrid. */
    private static final String NOW = "2026-11-25T09:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run suggest(String input, String... args) {
        List<String> all = new ArrayList<>(List.of("suggest", "--config", CONFIG));
        all.addAll(Arrays.asList(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), Map.of(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run suggestNow(String input) {
        return suggest(input, "--now", NOW);
    }

    /** The README's example, as written there: its command's options, its case, and the output it shows. */
    private record ReadmeExample(List<String> args, String input, String output) {
        static ReadmeExample read() throws IOException {
            String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
            String section = readme.substring(readme.indexOf("### Suggestions without a chat"));
            Matcher next = Pattern.compile("\n##+ ").matcher(section);
            section = next.find() ? section.substring(0, next.start()) : section;
            Matcher blocks = Pattern.compile("```(sh|json)\\n(.*?)```", Pattern.DOTALL).matcher(section);
            List<String> sh = new ArrayList<>();
            List<String> json = new ArrayList<>();
            while (blocks.find()) {
                (blocks.group(1).equals("sh") ? sh : json).add(blocks.group(2));
            }
            Matcher command = Pattern.compile("\\./disputedesk suggest (.*?) < case\\.json").matcher(sh.get(0));
            assertThat(command.find()).as("the README's suggest command").isTrue();
            return new ReadmeExample(List.of(command.group(1).trim().split("\\s+")), json.get(0), json.get(1));
        }
    }

    @Test
    void theReadmeExampleGivesTheOutputTheReadmeShows() throws IOException {
        ReadmeExample example = ReadmeExample.read();

        Run run = suggest(example.input(), example.args().toArray(String[]::new));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.json()).as(run.out()).isEqualTo(JSON.readTree(example.output()));
    }

    @Test
    void offersComeInOrderWithKindAmountCurrencyAndRuleAndForbiddenOnesAreLeftOutWithWhy() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"wrong-size\", \"amount\": \"40\", \"currency\": \"USD\","
                + " \"marketplace\": \"mercadolibre\"}").json();

        assertThat(s.get("offers").findValuesAsText("kind")).containsExactly("return-refund", "full-refund");
        assertThat(s.get("offers").findValuesAsText("rank")).containsExactly("1", "2");
        JsonNode last = s.at("/offers/1");
        assertThat(last.get("amount").asText()).isEqualTo("40.00");
        assertThat(last.get("currency").asText()).isEqualTo("USD");
        assertThat(last.get("rule").asText()).isEqualTo("wrong-size.full-refund");
        assertThat(s.get("left-out").findValuesAsText("rule"))
                .contains("wrong-size.partial-refund", "wrong-size.coupon");
        assertThat(s.get("left-out").findValuesAsText("why")).anySatisfy(why -> assertThat(why)
                .startsWith("Mercado Libre's policy does not allow partial-refund offers"));
    }

    @Test
    void aCounterfeitClaimIsSettledAtOnceWithAFullRefund() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"counterfeit-claim\", \"amount\": \"30\", \"currency\": \"EUR\","
                + " \"marketplace\": \"amazon\"}").json();

        assertThat(s.get("offers").findValuesAsText("kind")).containsExactly("full-refund");
        assertThat(s.at("/offers/0/amount").asText()).isEqualTo("30.00");
    }

    @Test
    void everyClockHasItsDeadlineToTheMinuteWithTheTeamsOffset() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"wrong-size\", \"marketplace\": \"aliexpress\","
                + " \"opened\": \"2026-11-20 10:17\", \"team-zone\": \"Europe/Madrid\"}").json();

        assertThat(s.get("opened").asText()).isEqualTo("2026-11-20T10:17:00+01:00");
        assertThat(s.at("/clocks/0/id").asText()).isEqualTo("respond");
        assertThat(s.at("/clocks/0/status").asText()).isEqualTo("running");
        assertThat(s.at("/clocks/0/deadline").asText()).isEqualTo("2026-11-25T10:17:00+01:00");
        assertThat(s.at("/clocks/1/id").asText()).isEqualTo("platform");
        assertThat(s.at("/clocks/1/deadline").asText()).isEqualTo("2026-11-27T10:17:00+01:00");
        assertThat(s.at("/clocks/2/id").asText()).isEqualTo("return-shipped");
        assertThat(s.at("/clocks/2/status").asText()).isEqualTo("not-started");
        assertThat(s.at("/clocks/2/deadline").isNull()).isTrue();
        assertThat(s.at("/clocks/2/starts-on/0").asText()).isEqualTo("return-agreed");
    }

    @Test
    void aWindowAcrossTheAutumnChangeKeepsItsHoursAndTheDeadlineShowsTheNewOffset() throws IOException {
        // Los Angeles leaves daylight-saving time on 1 November 2026: 48 hours from Saturday 18:00 (UTC-7)
        JsonNode s = suggest("{\"reason\": \"wrong-size\", \"marketplace\": \"tiktok\","
                + " \"opened\": \"2026-10-31T18:00\", \"team-zone\": \"America/Los_Angeles\"}",
                "--now", "2026-11-01T20:00:00Z").json();

        assertThat(s.at("/clocks/0/deadline").asText()).isEqualTo("2026-11-02T17:00:00-08:00");
    }

    @Test
    void theRegionPicksItsWindowAndADateAloneIsItsStart() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"wrong-size\", \"marketplace\": \"tiktok\", \"region\": \"TH\","
                + " \"opened\": \"2026-11-20\", \"team-zone\": \"Asia/Bangkok\"}").json();

        // Friday 20 November, 00:00 in Bangkok: one working day later is Monday at the same time
        assertThat(s.at("/clocks/0/deadline").asText()).isEqualTo("2026-11-23T00:00:00+07:00");
    }

    @Test
    void withoutOpenedTheClocksCountFromNow() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"wrong-size\", \"marketplace\": \"aliexpress\","
                + " \"team-zone\": \"Europe/Madrid\"}").json();

        assertThat(s.get("opened").asText()).isEqualTo("2026-11-25T10:00:00+01:00");
        assertThat(s.at("/clocks/0/deadline").asText()).isEqualTo("2026-11-30T10:00:00+01:00");
    }

    @Test
    void withoutNowTheClockGivenIsNow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        int code = SuggestCli.run(new String[] {"--config", CONFIG}, Map.of(),
                new ByteArrayInputStream("{\"reason\": \"wrong-size\", \"team-zone\": \"UTC\"}".getBytes(
                        StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock);

        assertThat(code).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("opened").asText())
                .isEqualTo("2026-11-25T09:00:00Z");
    }

    @Test
    void theDraftIsInTheBuyersLanguageAndTheFactsShapeTheLadder() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"not-received\", \"amount\": 2, \"currency\": \"USD\","
                + " \"marketplace\": \"aliexpress\", \"tracking\": \"in-transit\", \"silent-days\": 30,"
                + " \"item-cost\": 3, \"shipping-cost\": 1, \"evidence\": [\"tracking\", \"order-chat\"],"
                + " \"buyer-language\": \"es\"}").json();

        assertThat(s.at("/draft/language").asText()).isEqualTo("es");
        assertThat(s.at("/draft/fallback").asBoolean()).isFalse();
        assertThat(s.at("/offers/0/kind").asText()).isEqualTo("full-refund");
        assertThat(s.get("offers").findValuesAsText("kind")).doesNotContain("ask-to-wait");
        assertThat(s.get("notes").findValuesAsText("rule")).contains("shipping.lost-after-silent-days");
        assertThat(s.get("evidence").toString()).contains("{\"kind\":\"tracking\",\"at-hand\":true}");
    }

    @Test
    void teamLanguageZhGivesTheTeamTextsInChinese() throws IOException {
        JsonNode s = suggestNow("{\"reason\": \"wrong-size\", \"marketplace\": \"aliexpress\","
                + " \"team-language\": \"zh\"}").json();

        assertThat(s.at("/clocks/0/name").asText()).isEqualTo("同意或拒绝买家的申请");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"reason\": \"wrong-size\", \"silent-days\": \"many\"}"
                + "| silent-days: \"many\" is not a valid silent-days: silent-days takes the days since tracking",
        "{\"reason\": \"wrong-size\", \"silent-day\": 3}| silent-day: unknown field \"silent-day\"; did you mean"
                + " silent-days?",
        "{\"amount\": 3, \"currency\": \"USD\"}| reason: the reason is needed, one of not-received,",
        "{\"reason\": \"too-small\"}| reason: \"too-small\" is not a reason; reasons: not-received,",
        "{\"reason\": \"wrong-size\", \"amount\": 30.5, \"currency\": \"JPY\"}"
                + "| amount: 30.5 has more decimals than JPY takes (0).",
        "{\"reason\": \"wrong-size\", \"amount\": 10, \"currency\": \"XAU\"}"
                + "| currency: \"XAU\" is not a currency in circulation",
        "{\"reason\": \"wrong-size\", \"amount\": 10}| currency: give the amount and its currency together",
        "{\"reason\": \"wrong-size\", \"amount\": 5000000, \"currency\": \"USD\"}"
                + "| amount: 5000000.00 USD is above the usual ceiling of 100000.00 USD for USD",
        "{\"reason\": \"wrong-size\", \"marketplace\": \"shopee\"}"
                + "| marketplace: \"shopee\" is not a marketplace of the playbook; marketplaces: aliexpress,",
        "{\"reason\": \"wrong-size\", \"opened\": \"2026-11-26 08:00\"}"
                + "| opened: The dispute cannot open in the future (2026-11-26 08:00 in Asia/Shanghai).",
        "{\"reason\": \"wrong-size\", \"opened\": \"last week\"}| opened: \"last week\" is not a valid opened",
        "{\"reason\": \"wrong-size\", \"amount\": 40, \"currency\": \"USD\", \"asks\": \"partial:50\"}"
                + "| asks: The buyer cannot ask 50 back on an order of 40.00 USD",
        "{\"reason\": \"wrong-size\", \"item-cost\": 3}| item-cost: Costs and a partial amount need the order amount",
        "{\"reason\": \"wrong-size\", \"evidence\": [\"tracking\", 7]}| evidence: a list of evidence codes",
        "{\"reason\": \"wrong-size\", \"region\": {\"code\": \"TH\"}}| region: give a text or a number, not object",
        "{\"reason\": \"wrong-size\", \"buyer-language\": \"spanish\"}| buyer-language: \"spanish\" is not a language",
        "{\"reason\": \"wrong-size\", \"team-zone\": \"Mars/Olympus\"}| team-zone: \"Mars/Olympus\" is not a time zone",
        "{\"reason\": \"wrong-size\", \"team-language\": \"fr\"}| team-language: \"fr\" is not a team language: en, zh",
        "{\"reason\": \"wrong-size\", \"team-zon\": \"UTC\"}| team-zon: unknown field \"team-zon\"; did you mean team-zone?",
        "{\"reason\": \"wrong-size\", \"team-language\": \"zh\", \"silent-days\": \"many\"}"
                + "| silent-days: “many”不是有效的 silent-days：silent-days 应为距最后一次物流更新的天数",
        "[\"wrong-size\"]| stdin: the case is a JSON object of fields",
        "{\"reason\": \"wrong-size\",}| stdin: not valid JSON (line 1, column 25): ",
        "{\"reason\": \"wrong-size\"} {}| stdin: not valid JSON",
        "''| stdin: no JSON: give one case as a JSON object",
    })
    void aBadFieldGetsOneLineNamingItExitCodeTwoAndNothingOnStdout(String input, String line) {
        Run run = suggestNow(input);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(line.strip()).endsWith("\n");
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    @Test
    void aBadNowOrArgumentIsRefusedWithTheUsage() {
        Run badNow = suggest("{\"reason\": \"wrong-size\"}", "--now", "tomorrow");
        assertThat(badNow.exitCode()).isEqualTo(2);
        assertThat(badNow.err()).startsWith("--now: \"tomorrow\" is not a moment with its offset");

        Run unknown = suggest("{\"reason\": \"wrong-size\"}", "--pretty");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown argument '--pretty'; usage: disputedesk suggest");
    }

    @Test
    void inAChildJvmItAnswersAndExitsWithTheCodeWithoutADatabaseOrAToken() throws Exception {
        Path noData = Files.createTempDirectory("suggest-");
        ProcessBuilder good = child("--now", NOW);
        good.environment().put("DISPUTEDESK_STORAGE_SQLITE_FILE", noData.resolve("never.db").toString());
        Process p = good.start();
        p.getOutputStream().write("{\"reason\": \"wrong-size\", \"amount\": \"25.90\", \"currency\": \"USD\"}"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String why = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(why).isZero();
        assertThat(JSON.readTree(out).at("/order/amount").asText()).isEqualTo("25.90");
        assertThat(noData).isEmptyDirectory();

        Process bad = child("--now", NOW).start();
        bad.getOutputStream().write("{\"reason\": ".getBytes(StandardCharsets.UTF_8));
        bad.getOutputStream().close();
        String badOut = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(badOut).isEmpty();
        assertThat(err).startsWith("stdin: not valid JSON");
        assertThat(err.strip()).doesNotContain("\n");
    }

    private static ProcessBuilder child(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "suggest",
                "--config", CONFIG));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("TELEGRAM_BOT_TOKEN");
        pb.environment().remove("DISCORD_BOT_TOKEN");
        return pb;
    }
}
