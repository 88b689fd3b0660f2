package city.sanitation.app.crew;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The route sheet's words in the crew's language, from a catalogue per language beside this class. A key missing in a
 * language is a fault of the catalogue, not something to hide by falling back to another language.
 */
enum RouteSheetWords {
    ZH("zh", "zh-CN"),
    EN("en", "en");

    final String code;
    final String htmlLang;
    private final Properties words = new Properties();

    RouteSheetWords(String code, String htmlLang) {
        this.code = code;
        this.htmlLang = htmlLang;
        String name = "route-sheet-" + code + ".properties";
        try (InputStream in = RouteSheetWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The route sheet's catalogue " + name + " is missing.");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of {@code key} with each {name} of the arguments put in. */
    String word(String key, Map<String, ?> arguments) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("The route sheet has no " + code + " words for " + key + ".");
        }
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return text;
    }

    String word(String key) {
        return word(key, Map.of());
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }

    /** zh or en as asked; null for any other language. */
    static RouteSheetWords of(String code) {
        for (RouteSheetWords language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }

    /** The first of zh and en an Accept-Language header names; Chinese, the crews' language, when it names neither. */
    static RouteSheetWords accepted(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0];
                    RouteSheetWords known = of(language);
                    if (known != null && range.getWeight() > 0) {
                        return known;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A header that does not parse asks for nothing in particular.
            }
        }
        return ZH;
    }
}
