package com.disputedesk.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fake refuses command registrations Discord would refuse. */
class CommandRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidCommandPasses() throws Exception {
        assertThat(CommandRules.check(json("[{'name':'case','description':'Show a case','options':["
                + "{'name':'number','description':'Case','type':3,'required':true,'autocomplete':true}]}]"))).isEmpty();
    }

    @Test
    void whatDiscordRefusesIsRefused() throws Exception {
        assertThat(CommandRules.check(json("[{'name':'Case','description':'x'}]"))).singleElement()
                .asString().contains("bad name");
        assertThat(CommandRules.check(json("[{'name':'c','description':'" + "x".repeat(101) + "'}]")))
                .singleElement().asString().contains("1-100");
        assertThat(CommandRules.check(json("[{'name':'c','description':'x','options':["
                + "{'name':'a','description':'a','type':3},"
                + "{'name':'b','description':'b','type':3,'required':true}]}]"))).singleElement().asString()
                .contains("required option after an optional one");
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            choices.append(i == 0 ? "" : ",").append("{'name':'n").append(i).append("','value':'v").append(i)
                    .append("'}");
        }
        assertThat(CommandRules.check(json("[{'name':'c','description':'x','options':["
                + "{'name':'a','description':'a','type':3,'choices':[" + choices + "]}]}]"))).singleElement()
                .asString().contains("more than 25 choices");
    }

    private static JsonNode json(String singleQuoted) throws Exception {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
