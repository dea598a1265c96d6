package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentIdTest {

    @Test
    void everyIdReadsBackAsItself() {
        List<ComponentId> ids = List.of(new ComponentId.Pick("dlg:3"), new ComponentId.Pick("x".repeat(48)),
                new ComponentId.Menu(2), new ComponentId.AskAnswer(), new ComponentId.AnswerForm());
        for (ComponentId id : ids) {
            assertThat(id.render().length()).isLessThanOrEqualTo(100);
            assertThat(ComponentId.parse(id.render())).contains(id);
        }
    }

    @Test
    void foreignOrBrokenIdsAreNotOurs() {
        assertThat(ComponentId.parse("legacy:1")).isEmpty();
        assertThat(ComponentId.parse("dd:")).isEmpty();
        assertThat(ComponentId.parse("dd:p:")).isEmpty();
        assertThat(ComponentId.parse("dd:m:x")).isEmpty();
        assertThat(ComponentId.parse("dd:p:" + "x".repeat(49))).isEmpty();
        assertThat(ComponentId.parse(null)).isEmpty();
    }
}
