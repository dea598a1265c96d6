package com.disputedesk.app.start;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown in logs and messages: a password in them is masked. */
public final class JdbcUrls {
    /** "password=secret" as a URL parameter, in any case, up to the next separator. */
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    /** "//user:secret@host": the password part of a URL's user info. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    private JdbcUrls() {
    }

    /** The URL with every password in it replaced by ***. */
    public static String masked(String url) {
        if (url == null) {
            return null;
        }
        String out = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(out).replaceAll("$1***@");
    }
}
