package cn.hazedesk.i18n;

import cn.hazedesk.ui.shell.WorkArea;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * zh_CN is the default language and en is complete: both bundles have the same keys, and every key used in
 * FXML (%key) or in the code (a string literal that looks like a key) exists in both.
 */
class BundleCompletenessTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:app|menu|area|placeholder|status|task|logs|list|about|dialog|error|startup|store|uscc|cli|editor|history|problem|field|enum|import|export|campaign|grading|measure|reduction|warning|consultation|audit|episode|approval|response|summary|operator|document)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertThat(onlyZh).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEn).as("keys missing from messages_zh_CN.properties").isEmpty();
    }

    @Test
    void noValueIsEmptyAndEnglishHasNoChineseLeftOver() throws IOException {
        Properties en = load("messages_en.properties");
        Properties zh = load("messages_zh_CN.properties");
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
            assertThat(en.getProperty(k, "x")).as(k).isNotBlank();
        }
        // no apostrophes: a single quote is MessageFormat syntax, and the bundled CJK font draws U+2019 full-width
        for (String k : en.stringPropertyNames()) {
            assertThat(en.getProperty(k)).as(k).doesNotContain("'").doesNotContain("\u2019");
        }
        // English may quote the sample suffix （示例） and the official Chinese terms a list must contain
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("problem.UNKNOWN_")) {
                continue;
            }
            String v = en.getProperty(k).replace("（示例）", "").replace("(是)", "").replace("(否)", "");
            assertThat(v.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("Chinese text in English value of %s", k).isTrue();
        }
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        Set<String> used = scan(Path.of("fxml"), ".fxml", FXML_KEY);
        assertThat(used).isNotEmpty();
        assertKnown(used);
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = scan(Path.of("src/main/java"), ".java", CODE_KEY);
        assertThat(used).contains("status.ready");
        assertKnown(used);
    }

    @Test
    void keysBuiltFromWorkAreasExist() throws IOException {
        Set<String> used = new TreeSet<>();
        for (WorkArea a : WorkArea.values()) {
            used.add("area." + a.key() + ".title");
            used.add("area." + a.key() + ".summary");
            used.add("area." + a.key() + ".status");
            used.add("area." + a.key() + ".plan.1");
        }
        for (cn.hazedesk.domain.warning.RecommendedLevel l : cn.hazedesk.domain.warning.RecommendedLevel.values()) {
            used.add("warning.level." + l.name());
        }
        used.add("consultation.profile.2024");
        used.add("consultation.profile.2018");
        for (String command : new String[]{"uscc", "aqi", "recommend", "list", "reduction"}) {
            used.add("cli.usage." + command);
            used.add("cli.describe." + command);
        }
        assertKnown(used);
    }

    @Test
    void everyEnumValueAndListFieldHasALabel() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Class<? extends Enum<?>> e : List.of(cn.hazedesk.domain.enterprise.PerformanceGrade.class,
                cn.hazedesk.domain.enterprise.ControlType.class, cn.hazedesk.domain.enterprise.MeasureType.class,
                cn.hazedesk.domain.enterprise.WarningLevel.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                used.add("enum." + e.getSimpleName() + "." + v.name());
            }
        }
        for (cn.hazedesk.application.CampaignService.Refusal r : cn.hazedesk.application.CampaignService.Refusal.values()) {
            used.add("campaign.refusal." + r.name());
        }
        for (cn.hazedesk.domain.listimport.ImportPreview.Status st : cn.hazedesk.domain.listimport.ImportPreview.Status.values()) {
            used.add("import.status." + st.name());
        }
        for (cn.hazedesk.domain.enterprise.ListField f : cn.hazedesk.domain.enterprise.ListField.values()) {
            used.add("field." + f.name());
        }
        assertKnown(used);
    }

    /**
     * Every action code the code writes to the audit trail reads as words on the 操作记录 page: the dotted
     * lower-case literals (such as "enterprise.update") of each class that calls audit.record(...) or makes an
     * episode step's outcome (EpisodeRules), and the order tracking steps (order.delivered, ...).
     */
    @Test
    void everyAuditActionHasWords() throws IOException {
        Pattern code = Pattern.compile("\"([a-z]+\\.[a-z][A-Za-z]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                if (!source.contains("audit.record(") && !source.contains("EpisodeOutcome.Done(")) {
                    continue;
                }
                Matcher m = code.matcher(source);
                while (m.find()) {
                    used.add("audit.action." + m.group(1));
                }
            }
        }
        for (cn.hazedesk.application.port.EpisodeStore.TrackStep s : cn.hazedesk.application.port.EpisodeStore.TrackStep.values()) {
            used.add("audit.action.order." + s.name().toLowerCase(Locale.ROOT)); // EpisodeService.track
        }
        assertThat(used).contains("audit.action.enterprise.update", "audit.action.enterprise.import",
                "audit.action.grade.approve", "audit.action.sample.load", "audit.action.episode.publish");
        assertKnown(used);
    }

    @Test
    void messagesFallBackToChineseForOtherLocales() {
        assertThat(Messages.forLocale(Locale.GERMAN).get("status.ready")).isEqualTo("就绪");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("status.ready")).isEqualTo("Ready");
        assertThat(Messages.forLocale(Locale.US).get("status.ready")).isEqualTo("Ready");
        assertThat(Messages.localeFor(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private void assertKnown(Set<String> used) throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (String k : used) {
            // an audit action code written as a literal (e.g. "episode.approve") is not a key: its words are
            // audit.action.<code>, checked by everyAuditActionHasWords
            if (zh.containsKey("audit.action." + k) && en.containsKey("audit.action." + k)) {
                continue;
            }
            if (!zh.containsKey(k) || !en.containsKey(k)) {
                missing.add(k);
            }
        }
        assertThat(missing).as("keys used but missing from a bundle").isEmpty();
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
