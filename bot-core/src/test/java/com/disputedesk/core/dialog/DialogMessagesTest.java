package com.disputedesk.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import org.junit.jupiter.api.Test;

class DialogMessagesTest {
    @Test
    void chineseWordsAreChinese() {
        Messages m = new Messages("dialog");
        assertThat(m.get(UiLanguage.ZH, "word.cancel")).isEqualTo("取消");
        assertThat(m.get(UiLanguage.ZH, "dialog.expired", "24 小时", "new")).contains("24 小时", "/new");
    }
}
