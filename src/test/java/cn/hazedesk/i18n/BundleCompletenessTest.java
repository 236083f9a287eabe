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
 * zh_CN is the default language and en is complete: both bundles have the same keys, every key used in FXML (%key)
 * or in the code (a string literal shaped like a key whose first segment is one of the bundles') exists in both,
 * and every key defined is used somewhere.
 */
class BundleCompletenessTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** A string literal shaped like a key: lower-case first segment, then dotted segments. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");

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

    /** The first segments of the bundle's keys (app, list, cli …): a literal starting with one is meant as a key. */
    private static Set<String> namespaces() throws IOException {
        Set<String> ns = new TreeSet<>();
        for (String k : load("messages_zh_CN.properties").stringPropertyNames()) {
            ns.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')));
        }
        return ns;
    }

    /** Every key-shaped literal of the code, found by scanning (no hand-kept list of prefixes). */
    private static Set<String> codeLiterals() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (String l : scan(Path.of("src/main/java"), ".java", LITERAL)) {
            if (l.contains(".")) {
                literals.add(l);
            }
        }
        return literals;
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> ns = namespaces();
        Set<String> used = new TreeSet<>();
        for (String literal : codeLiterals()) {
            String first = literal.substring(0, literal.indexOf('.'));
            if (ns.contains(first) && !literal.endsWith(".")) {
                used.add(literal);
            }
        }
        assertThat(used).contains("status.ready", "list.note.ignoredColumn");
        assertKnown(used);
    }

    /**
     * Every key of the bundles is used: by FXML (%key), by a literal in the code, or by a literal prefix the code
     * completes at run time ("list.file." + kind, "enum." + type + "." + value).
     */
    @Test
    void everyKeyDefinedIsUsed() throws IOException {
        Set<String> literals = codeLiterals();
        literals.addAll(scan(Path.of("fxml"), ".fxml", FXML_KEY));
        Set<String> prefixes = new TreeSet<>();
        for (String l : literals) {
            if (l.endsWith(".")) {
                prefixes.add(l);
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String k : load("messages_zh_CN.properties").stringPropertyNames()) {
            if (literals.contains(k) || prefixes.stream().anyMatch(k::startsWith)) {
                continue;
            }
            unused.add(k);
        }
        assertThat(unused).as("keys defined but used nowhere").isEmpty();
    }

    @Test
    void keysBuiltFromWorkAreasExist() throws IOException {
        Set<String> used = new TreeSet<>();
        for (WorkArea a : WorkArea.values()) {
            used.add("area." + a.key() + ".title");
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
