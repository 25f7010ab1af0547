package dev.crosswalk.source;

import java.util.Locale;

/** Whether a source's opt-ins and opt-outs change a contact (authoritative) or are only recorded (informational). */
public enum ConsentRole {
    AUTHORITATIVE, INFORMATIONAL;

    public static ConsentRole parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
