package com.disputedesk.app.config;

/**
 * What is wrong with one setting, thrown while the file is bound. Jackson knows the path of the value it was
 * reading; a record checking its own fields adds the field's key, so the loader can say "teams[0].id: is required".
 */
final class SettingProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    private SettingProblem(String key, String what) {
        super(what, null, false, false);
        this.key = key;
    }

    /** A problem with the value being read (the path is where Jackson stands). */
    static SettingProblem value(String what) {
        return new SettingProblem("", what);
    }

    /** A problem with one field of the section being built, e.g. {@code at("max-bytes", "must be between ...")}. */
    static SettingProblem at(String key, String what) {
        return new SettingProblem(key, what);
    }

    /** The field's key within the section where it was found, or "" for the value being read. */
    String key() {
        return key;
    }
}
