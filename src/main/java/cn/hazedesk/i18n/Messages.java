package cn.hazedesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI and command-line texts: i18n/messages_zh_CN.properties (the default) and i18n/messages_en.properties.
 * A missing key shows as !key! so that it is seen, and a test keeps both bundles complete.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** "en" gives English; anything else (and nothing) gives Simplified Chinese. */
    public static Locale localeFor(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    public static Messages forLocale(Locale locale) {
        Locale effective = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        return new Messages(ResourceBundle.getBundle(BUNDLE, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Items of an enumeration (甲、乙、丙 / a, b, c), in the language's way. */
    public String list(java.util.Collection<String> items) {
        return String.join(get("text.join.list"), items);
    }

    /** Clauses one after another (甲；乙 / a; b). */
    public String clauses(java.util.Collection<String> items) {
        return String.join(get("text.join.clauses"), items);
    }

    /** A label and what it says (名称：内容 / name: content). */
    public String pair(String label, String value) {
        return get("text.pair", label, value);
    }

    /** A thing and a note on it in brackets (名称（注）/ name (note)). */
    public String aside(String thing, String note) {
        return get("text.aside", thing, note);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
