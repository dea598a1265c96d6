package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole desk's command menu is one Telegram accepts, in every team language: the fake Bot API refuses a menu
 * the way Telegram does (names, description lengths, count, language code), so a declaration Telegram would refuse
 * fails here rather than silently leaving the team without a menu.
 */
class MenuRegistrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void telegramTakesTheDesksMenuInEveryTeamLanguage(@TempDir Path dir) {
        try (DeskOverTelegram wired = new DeskOverTelegram(dir)) {
            await().atMost(WAIT).until(() -> wired.fake.calls("setMyCommands").size() == UiLanguage.values().length);

            List<String> declared = wired.desk.desk().bot().commands().stream().map(CommandSpec::name).toList();
            for (FakeBotApi.Call menu : wired.fake.calls("setMyCommands")) {
                assertThat(menu.body().path("commands").findValuesAsText("command"))
                        .containsExactlyElementsOf(declared);
            }
        }
    }

    @Test
    void theFakeRefusesAMenuTelegramWouldRefuse() throws Exception {
        try (FakeBotApi fake = new FakeBotApi()) {
            assertThat(post(fake, "{\"commands\":[{\"command\":\"Case\",\"description\":\"a case\"}]}"))
                    .contains("BOT_COMMAND_INVALID");
            assertThat(post(fake, "{\"commands\":[{\"command\":\"case\",\"description\":\"\"}]}"))
                    .contains("1-256");
            assertThat(post(fake, "{\"commands\":[{\"command\":\"case\",\"description\":\"" + "x".repeat(257)
                    + "\"}]}")).contains("1-256");
            assertThat(post(fake, "{\"commands\":[],\"language_code\":\"zh-CN\"}")).contains("LANG_CODE_INVALID");
            assertThat(fake.calls("setMyCommands")).isEmpty();
        }
    }

    private static String post(FakeBotApi fake, String json) throws Exception {
        Request request = new Request.Builder().url(fake.baseUrl() + "/bot" + FakeBotApi.TOKEN + "/setMyCommands")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(400);
            return response.body().string();
        }
    }
}
