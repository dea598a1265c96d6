package com.disputedesk.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake refuses the messages Discord refuses, with Discord's 400 body, and answers scripted failures. */
class MessageRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode content(String text) {
        return JSON.createObjectNode().put("content", text);
    }

    private static ObjectNode embed(ObjectNode message) {
        return message.withArray("embeds").addObject();
    }

    @Test
    void aMessageWithinTheLimitsPasses() {
        ObjectNode m = content("x".repeat(2000));
        ObjectNode e = embed(m).put("title", "t".repeat(256)).put("description", "d".repeat(1000));
        e.putArray("fields").addObject().put("name", "Deadline").put("value", "v".repeat(1024));
        ArrayNode row = m.putArray("components").addObject().put("type", 1).putArray("components");
        for (int i = 0; i < 5; i++) {
            row.addObject().put("type", 2).put("custom_id", "c".repeat(100)).put("label", "Go");
        }
        m.put("note", "emoji \uD83D\uDE00 paired");
        assertThat(MessageRules.check(m, true)).isEmpty();
    }

    @Test
    void everyLimitDiscordHasIsChecked() {
        assertThat(MessageRules.check(content("x".repeat(2001)), true)).singleElement().asString()
                .contains("content: 2001 characters, over 2000");
        assertThat(MessageRules.check(content(""), true)).containsExactly("empty message");
        assertThat(MessageRules.check(content(""), false)).as("an edit may leave content out").isEmpty();
        assertThat(MessageRules.check(content("half an emoji \uD83D"), true)).singleElement().asString()
                .contains("lone surrogate");

        ObjectNode title = content("x");
        embed(title).put("title", "t".repeat(257));
        assertThat(MessageRules.check(title, true)).singleElement().asString().contains("title: 257 characters");

        ObjectNode fields = content("x");
        ArrayNode many = embed(fields).putArray("fields");
        for (int i = 0; i < 26; i++) {
            many.addObject().put("name", "n").put("value", "v");
        }
        assertThat(MessageRules.check(fields, true)).singleElement().asString().contains("26 fields, over 25");

        ObjectNode value = content("x");
        embed(value).putArray("fields").addObject().put("name", "n").put("value", "v".repeat(1025));
        assertThat(MessageRules.check(value, true)).singleElement().asString().contains("value: 1025 characters");

        ObjectNode total = content("x");
        for (int i = 0; i < 2; i++) {
            embed(total).put("description", "d".repeat(3001));
        }
        assertThat(MessageRules.check(total, true)).singleElement().asString().contains("6002 characters in all");

        ObjectNode rows = content("x");
        ArrayNode six = rows.putArray("components");
        for (int i = 0; i < 6; i++) {
            six.addObject().put("type", 1).putArray("components").addObject().put("type", 2)
                    .put("custom_id", "b" + i).put("label", "B");
        }
        assertThat(MessageRules.check(rows, true)).singleElement().asString().contains("6 action rows, over 5");

        ObjectNode buttons = content("x");
        ArrayNode row = buttons.putArray("components").addObject().put("type", 1).putArray("components");
        for (int i = 0; i < 6; i++) {
            row.addObject().put("type", 2).put("custom_id", "b" + i).put("label", "B");
        }
        ((ObjectNode) row.get(0)).put("custom_id", "c".repeat(101));
        assertThat(MessageRules.check(buttons, true)).hasSize(2).anySatisfy(p -> assertThat(p)
                .contains("6 buttons in a row")).anySatisfy(p -> assertThat(p).contains("custom_id: 101 characters"));

        ObjectNode empty = content("x");
        empty.putArray("components").addObject().put("type", 1).putArray("components").addObject().put("type", 3)
                .put("custom_id", "m").putArray("options");
        assertThat(MessageRules.check(empty, true)).singleElement().asString().contains("1 to 25 options, not 0");

        ObjectNode long_ = content("x");
        ArrayNode options = long_.putArray("components").addObject().put("type", 1).putArray("components")
                .addObject().put("type", 3).put("custom_id", "m").putArray("options");
        options.addObject().put("label", "l".repeat(101)).put("value", "v");
        options.addObject().put("label", "l").put("value", "v".repeat(101));
        assertThat(MessageRules.check(long_, true)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("options.label: 101 characters"))
                .anySatisfy(p -> assertThat(p).contains("options.value: 101 characters"));
    }

    @Test
    void overHttpTheFakeAnswersWithDiscordsBodiesAndScriptedFailures() throws IOException {
        try (FakeDiscord fake = new FakeDiscord()) {
            OkHttpClient http = new OkHttpClient();
            String url = fake.restBase() + "channels/" + FakeDiscord.CHANNEL + "/messages";
            try (Response r = post(http, url, content("x".repeat(2001)).toString())) {
                assertThat(r.code()).isEqualTo(400);
                assertThat(JSON.readTree(r.body().string()).path("code").asInt()).isEqualTo(50035);
            }
            try (Response r = post(http, url, content("").toString())) {
                assertThat(r.code()).isEqualTo(400);
                assertThat(JSON.readTree(r.body().string()).path("code").asInt()).isEqualTo(50006);
            }
            fake.scriptChannelPosts(FakeDiscord.CHANNEL, FakeDiscord.Answer.missingPermissions(),
                    FakeDiscord.Answer.unknownChannel(), FakeDiscord.Answer.serverError(),
                    FakeDiscord.Answer.rateLimited(0.5));
            int[] expected = {403, 404, 500, 429};
            int[] codes = {50013, 10003, 0, -1};
            for (int i = 0; i < expected.length; i++) {
                try (Response r = post(http, url, content("hello").toString())) {
                    assertThat(r.code()).isEqualTo(expected[i]);
                    if (codes[i] > 0) {
                        assertThat(JSON.readTree(r.body().string()).path("code").asInt()).isEqualTo(codes[i]);
                    }
                }
            }
            try (Response r = post(http, url, content("hello").toString())) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(fake.postedIn(FakeDiscord.CHANNEL)).hasSize(1);
            try (Response r = post(http, fake.restBase() + "channels/999/messages", content("hi").toString())) {
                assertThat(r.code()).as("a channel the guild does not have").isEqualTo(404);
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static Response post(OkHttpClient http, String url, String json) throws IOException {
        return http.newCall(new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build()).execute();
    }
}
