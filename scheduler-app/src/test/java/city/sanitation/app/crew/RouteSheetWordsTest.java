package city.sanitation.app.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The route sheet's catalogues: the same keys in both languages, and the crew page's words where they share a key. */
class RouteSheetWordsTest {

    private static final Path PAGE_WORDS = Path.of("src/main/resources/static/js/i18n.js");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(RouteSheetWords.ZH.keys()).isEqualTo(RouteSheetWords.EN.keys());
    }

    @Test
    void aKeyTheCrewPageAlsoHasReadsTheSameOnTheSheet() throws IOException {
        String i18n = Files.readString(PAGE_WORDS, StandardCharsets.UTF_8);
        int english = i18n.indexOf("\n  en: {");
        Map<String, String> zh = entries(i18n.substring(0, english));
        Map<String, String> en = entries(i18n.substring(english));
        int shared = 0;
        for (String key : RouteSheetWords.ZH.keys()) {
            if (zh.containsKey(key)) {
                assertThat(RouteSheetWords.ZH.word(key)).as("zh " + key).isEqualTo(zh.get(key));
                assertThat(RouteSheetWords.EN.word(key)).as("en " + key).isEqualTo(en.get(key));
                shared++;
            }
        }
        assertThat(shared).as("the blocks' words shared with the page").isGreaterThan(10);
    }

    @Test
    void theLanguageComesFromTheBrowserWhenTheCrewChoseNone() {
        assertThat(RouteSheetWords.accepted("en-GB,en;q=0.9")).isEqualTo(RouteSheetWords.EN);
        assertThat(RouteSheetWords.accepted("fr, zh-CN;q=0.8, en;q=0.5")).isEqualTo(RouteSheetWords.ZH);
        assertThat(RouteSheetWords.accepted("de"))
                .as("neither: the crews' Chinese")
                .isEqualTo(RouteSheetWords.ZH);
        assertThat(RouteSheetWords.accepted("not a ;;; header")).isEqualTo(RouteSheetWords.ZH);
        assertThat(RouteSheetWords.accepted(null)).isEqualTo(RouteSheetWords.ZH);
    }

    /** "    key: 'words'," lines of one language's section of i18n.js (single or double quotes). */
    private static Map<String, String> entries(String section) {
        Map<String, String> entries = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s+(\\w+): (?:'([^']*)'|\"([^\"]*)\"),?$")
                .matcher(section);
        while (line.find()) {
            entries.putIfAbsent(line.group(1), line.group(2) != null ? line.group(2) : line.group(3));
        }
        return entries;
    }
}
