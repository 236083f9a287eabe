package cn.hazedesk.i18n;

import cn.hazedesk.ui.shell.WorkArea;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * zh_CN is the default language and en is complete. The keys used are found by scanning: %key in the FXML files,
 * string literals of the code shaped like a key whose first segment is one of the bundles' (status.ready), and
 * keys the code composes at run time from a literal prefix ("grading.status." + s.name()), each declared in
 * {@link #composedKeys} with what completes it (an enum, a data file, the codes the code names). The test fails when
 * a key used is missing from either bundle, when a key defined is used nowhere (named in the message), when the two
 * bundles' key sets differ, when a composed prefix in the code is not declared, and when the languages' {n}
 * placeholders differ.
 */
class BundleCompletenessTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** A string literal shaped like a key: lower-case first segment, then dotted segments. */
    private static final Pattern AUDIT_DETAIL_KIND = Pattern.compile("AuditDetail\\.of\\(\"([A-Za-z0-9_.]+)\"\\)");
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

    /** The whole keys the code names as literals: key-shaped, first segment one of the bundles' namespaces. */
    private static Set<String> keysNamedInTheCode() throws IOException {
        Set<String> ns = namespaces();
        Set<String> used = new TreeSet<>();
        for (String literal : codeLiterals()) {
            String first = literal.substring(0, literal.indexOf('.'));
            if (ns.contains(first) && !literal.endsWith(".")) {
                used.add(literal);
            }
        }
        return used;
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = keysNamedInTheCode();
        assertThat(used).contains("status.ready", "list.note.ignoredColumn");
        assertKnown(used);
    }

    /**
     * A key the code completes at run time: a literal prefix in the code ("grading.status." + s.name()), what
     * completes it (an enum's constants, a data file's keys, a set of codes the code names) and, rarely, a suffix.
     */
    private record Composed(String prefix, String suffix, Set<String> completions) {
        Set<String> keys() {
            Set<String> keys = new TreeSet<>();
            completions.forEach(c -> keys.add(prefix + c + suffix));
            return keys;
        }
    }

    @SafeVarargs
    private static Composed composed(String prefix, Class<? extends Enum<?>>... enums) {
        Set<String> names = new TreeSet<>();
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> v : e.getEnumConstants()) {
                names.add(v.name());
            }
        }
        return new Composed(prefix, "", names);
    }

    /** Completions the code names as string literals in {@code source}: each must still be there. */
    private static Composed composed(String prefix, String source, String... codes) throws IOException {
        String text = Files.readString(Path.of("src/main/java", source), StandardCharsets.UTF_8);
        for (String c : codes) {
            assertThat(text).as("%s completes %s with \"%s\"", source, prefix, c).contains("\"" + c + "\"");
        }
        return new Composed(prefix, "", new TreeSet<>(List.of(codes)));
    }

    /**
     * Literal prefixes in the code that are not bundle keys: document template phrases (data/documents), rule
     * values of data/warning-workflow.csv, and audit action codes (worded as audit.action.<code>).
     */
    private static final Set<String> NOT_BUNDLE_PREFIXES = Set.of("basis.", "reason.", "rule.", "transport.",
            "pending.", "signatory.", "order.",
            "report.event.", "responseGrade." /* phrases of data/documents/phrases.txt */,
            "countyApprovingBody.", "countyPlanName.", "countyCommandOffice." /* per-district values of data/documents/common.txt */);

    /**
     * Every way the code composes a key, each with what completes it. A new composed key in the code fails
     * {@link #everyComposedKeyIsDeclaredAndExists} until it is declared here.
     */
    private static List<Composed> composedKeys() throws IOException {
        List<Composed> c = new ArrayList<>();
        c.add(composed("action.", cn.hazedesk.domain.access.Action.class)); // OutcomeText: an Action in a refusal
        c.add(composed("approval.liftBasis.", cn.hazedesk.domain.episode.LiftBasis.class));
        Set<String> areas = new TreeSet<>();
        for (WorkArea a : WorkArea.values()) {
            areas.add(a.key());
        }
        c.add(new Composed("area.", ".title", areas));
        c.add(new Composed("audit.action.", "", auditActionCodes()));
        // the words of each structured audit detail (AuditDetailText): audit.detail.<kind>, and its optional fragments
        // and value words audit.detail.<kind>.<field>[.<value>]
        Set<String> kinds = scan(Path.of("src/main/java"), ".java", AUDIT_DETAIL_KIND);
        assertThat(kinds).contains("episode.orders", "order.inspect", "grade.record");
        c.add(new Composed("audit.detail.", "", kinds));
        Set<String> parts = new TreeSet<>();
        for (String key : load("messages_zh_CN.properties").stringPropertyNames()) {
            if (kinds.stream().anyMatch(k -> key.startsWith("audit.detail." + k + "."))) {
                parts.add(key.substring("audit.detail.".length()));
            }
        }
        c.add(new Composed("audit.detail.", "", parts));
        // the words of a structured audit subject (AuditSubjectText): audit.subject.<kind> and its fields' wrappers
        // audit.subject.<kind>.<field>; the one kind is an episode's name (EpisodeService.subject)
        Set<String> subjectKeys = new TreeSet<>();
        for (String key : load("messages_zh_CN.properties").stringPropertyNames()) {
            if (key.startsWith("audit.subject." + cn.hazedesk.application.EpisodeService.SUBJECT_KIND)) {
                subjectKeys.add(key.substring("audit.subject.".length()));
            }
        }
        assertThat(subjectKeys).contains(cn.hazedesk.application.EpisodeService.SUBJECT_KIND);
        c.add(new Composed("audit.subject.", "", subjectKeys));
        c.add(new Composed("backup.reason.", "", new TreeSet<>(List.of(cn.hazedesk.application.BackupService.MANUAL,
                cn.hazedesk.application.BackupService.DAILY, cn.hazedesk.application.BackupService.EXIT,
                cn.hazedesk.application.BackupService.BEFORE_RESTORE,
                cn.hazedesk.application.ListImportService.BACKUP_REASON))));
        c.add(composed("cli.audit.broken.", cn.hazedesk.domain.audit.AuditChain.Break.class));
        c.add(composed("seats.topic.", cn.hazedesk.application.port.ChangeFeed.Topic.Kind.class)); // SeatNews
        c.add(composed("cli.audit.code.", cn.hazedesk.application.AuditIntegrityService.CodeCheck.class));
        Set<String> commands = scan(Path.of("src/main/java/cn/hazedesk/app/cli"), ".java", COMMAND_NAME);
        assertThat(commands).contains("uscc", "list", "orders");
        c.add(new Composed("cli.describe.", "", commands));
        c.add(new Composed("cli.usage.", "", commands));
        c.add(composed("cli.user.", "cn/hazedesk/app/cli/UserCommands.java", "add", "disable", "enable", "reset",
                "password"));
        c.add(composed("consultation.granularity.", cn.hazedesk.ui.warning.ConsultationViewModel.Granularity.class));
        c.add(new Composed("consultation.profile.", "",
                new TreeSet<>(cn.hazedesk.infra.data.CriteriaCsv.load(null).keySet()))); // data/warning-criteria.csv
        c.add(composed("document.template.", cn.hazedesk.domain.document.template.TemplateException.Problem.class));
        c.add(composed("enum.ControlType.", cn.hazedesk.domain.enterprise.ControlType.class));
        c.add(composed("enum.MeasureType.", cn.hazedesk.domain.enterprise.MeasureType.class));
        c.add(composed("enum.PerformanceGrade.", cn.hazedesk.domain.enterprise.PerformanceGrade.class));
        c.add(composed("enum.WarningLevel.", cn.hazedesk.domain.enterprise.WarningLevel.class));
        c.add(composed("episode.kind.", cn.hazedesk.domain.episode.ProposalKind.class));
        c.add(composed("episode.phase.", cn.hazedesk.domain.episode.EpisodePhase.class));
        c.add(composed("aqi.category.", cn.hazedesk.domain.aqi.AqiCategory.class));
        c.add(composed("episode.proposalState.", cn.hazedesk.domain.episode.ProposalState.class));
        c.add(composed("episode.step.", "cn/hazedesk/ui/warning/EpisodesViewModel.java", "CONSULT", "APPROVE", "PUBLISH",
                "RESPOND", "LIFT", "EVALUATE"));
        c.add(composed("field.", cn.hazedesk.domain.enterprise.ListField.class));
        c.add(composed("grading.action.", cn.hazedesk.domain.grading.GradeAction.class));
        c.add(composed("grading.reason.", cn.hazedesk.domain.grading.DowngradeReason.class));
        c.add(composed("grading.stage.", cn.hazedesk.domain.grading.ReviewStage.class));
        c.add(composed("grading.status.", cn.hazedesk.domain.grading.GradeStatus.class));
        c.add(composed("import.guard.", cn.hazedesk.domain.listimport.ReplaceGuard.Kind.class));
        c.add(composed("import.status.", cn.hazedesk.domain.listimport.ImportPreview.Status.class));
        c.add(composed("list.file.", cn.hazedesk.application.port.WorkbookException.Kind.class));
        c.add(composed("list.note.ignoredReason.", cn.hazedesk.domain.listimport.SheetLayout.IgnoreReason.class));
        c.add(composed("measure.confidence.", cn.hazedesk.domain.measure.Confidence.class));
        c.add(composed("measure.rule.", cn.hazedesk.domain.measure.MeasureRule.class));
        c.add(composed("measure.transport.", cn.hazedesk.domain.enterprise.TransportRule.class));
        Set<String> offices = new TreeSet<>(); // data/warning-workflow.csv, signatory.<LEVEL>
        for (cn.hazedesk.domain.enterprise.WarningLevel l : cn.hazedesk.domain.enterprise.WarningLevel.values()) {
            offices.add(cn.hazedesk.infra.data.WorkflowRulesCsv.load(null).signatories().requiredFor(l));
        }
        offices.add(cn.hazedesk.infra.data.WorkflowRulesCsv.load(null).signatories().county());
        offices.add(cn.hazedesk.infra.data.WorkflowRulesCsv.load(null).signatories().forTempControl());
        c.add(new Composed("office.", "", offices));
        c.add(composed("permit.field.", cn.hazedesk.domain.permit.PermitProblem.Field.class));
        c.add(composed("server.outcome.", cn.hazedesk.application.ServerCheck.Outcome.class)); // ServerText
        c.add(composed("response.stage.", cn.hazedesk.ui.warning.ResponseViewModel.Stage.class));
        c.add(composed("reduction.baseline.", cn.hazedesk.domain.reduction.BaselineSource.class));
        c.add(composed("reduction.verdict.", cn.hazedesk.domain.reduction.Verdict.class));
        // Outcome.Refusal.key(): refusal.<the code's enum>.<the code>, for the enums refused through Outcome
        Set<String> refusals = new TreeSet<>();
        for (Class<? extends Enum<?>> e : List.of(cn.hazedesk.domain.access.AccessRefusal.class,
                cn.hazedesk.domain.access.AccountRefusal.class, cn.hazedesk.domain.episode.EpisodeRefusal.class,
                cn.hazedesk.domain.response.OrderTrackingRefusal.class, cn.hazedesk.domain.grading.GradeRefusal.class,
                cn.hazedesk.domain.campaign.CampaignRefusal.class, cn.hazedesk.domain.enterprise.ListEditRefusal.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                refusals.add(e.getSimpleName() + "." + v.name());
            }
        }
        c.add(new Composed("refusal.", "", refusals));
        Set<String> roles = new TreeSet<>(); // data/roles.csv
        cn.hazedesk.infra.data.RolesCsv.roles(null).all().forEach(r -> roles.add(r.key()));
        c.add(new Composed("role.", "", roles));
        c.add(composed("summary.verdict.", cn.hazedesk.domain.reduction.Verdict.class));
        c.add(composed("warning.level.", cn.hazedesk.domain.warning.RecommendedLevel.class,
                cn.hazedesk.domain.enterprise.WarningLevel.class));
        return c;
    }

    /** {@code String name() { return "uscc"; }}: a command's name, completing cli.usage. and cli.describe. */
    private static final Pattern COMMAND_NAME = Pattern.compile("String name\\(\\)\\s*\\{\\s*return \"([a-z]+)\";");

    /**
     * Every literal prefix in the code ("grading.status.") is declared, with what completes it, in
     * {@link #composedKeys} (or as not a bundle key); every declared prefix is still in the code; and every key
     * it composes exists in both bundles.
     */
    @Test
    void everyComposedKeyIsDeclaredAndExists() throws IOException {
        Set<String> inCode = new TreeSet<>();
        for (String l : codeLiterals()) {
            if (l.endsWith(".")) {
                inCode.add(l);
            }
        }
        List<Composed> declared = composedKeys();
        Set<String> declaredPrefixes = new TreeSet<>(NOT_BUNDLE_PREFIXES);
        declared.forEach(c -> declaredPrefixes.add(c.prefix()));
        Set<String> undeclared = new TreeSet<>(inCode);
        undeclared.removeAll(declaredPrefixes);
        assertThat(undeclared).as("key prefixes the code completes at run time, not declared in composedKeys()")
                .isEmpty();
        Set<String> stale = new TreeSet<>(declaredPrefixes);
        stale.removeAll(inCode);
        assertThat(stale).as("prefixes declared in composedKeys() that the code no longer uses").isEmpty();
        Set<String> used = new TreeSet<>();
        for (Composed c : declared) {
            assertThat(c.completions()).as(c.prefix()).isNotEmpty();
            used.addAll(c.keys());
        }
        assertThat(used).contains("grading.status.APPLIED", "area.list.title", "role.ADMINISTRATOR",
                "refusal.AccountRefusal.LOCKED", "consultation.profile.2024");
        assertKnown(used);
    }

    /**
     * Every key of the bundles is used: by FXML (%key), by a literal in the code, or as one of the keys a declared
     * composed key makes ({@link #composedKeys}); a key under a composed prefix that no completion makes is unused.
     */
    @Test
    void everyKeyDefinedIsUsed() throws IOException {
        Set<String> used = keysNamedInTheCode();
        used.addAll(scan(Path.of("fxml"), ".fxml", FXML_KEY));
        for (Composed c : composedKeys()) {
            used.addAll(c.keys());
        }
        Set<String> unused = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys defined but used nowhere").isEmpty();
    }

    @Test
    void placeholdersMatchBetweenTheLanguages() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        Set<String> differ = new TreeSet<>();
        for (String k : zh.stringPropertyNames()) {
            if (en.containsKey(k) && !indices(placeholder, zh.getProperty(k)).equals(indices(placeholder, en.getProperty(k)))) {
                differ.add(k);
            }
        }
        assertThat(differ).as("keys whose {n} placeholders differ between zh_CN and en").isEmpty();
    }

    private static Set<String> indices(Pattern placeholder, String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = placeholder.matcher(value);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * The action codes the code writes to the audit trail, each worded on the 操作记录 page as audit.action.<code>:
     * the dotted lower-case literals (such as "enterprise.update") of each class that calls audit.record(...) or
     * makes an episode step's change (EpisodeRules), the constants named AUDIT_ACTION (a code written from more
     * than one place, e.g. backup.restore), and the order tracking steps (order.delivered, ...).
     */
    private static Set<String> auditActionCodes() throws IOException {
        Pattern code = Pattern.compile("\"([a-z]+\\.[a-z][A-Za-z]*)\"");
        Pattern constant = Pattern.compile("AUDIT_ACTION\\s*=\\s*\"([a-z]+\\.[a-z][A-Za-z]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                Matcher c = constant.matcher(source);
                while (c.find()) {
                    used.add(c.group(1));
                }
                if (!source.contains("audit.record(") && !source.contains("new EpisodeChange(")) {
                    continue;
                }
                Matcher m = code.matcher(AUDIT_DETAIL_KIND.matcher(source).replaceAll("")); // a detail's kind is no action
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (cn.hazedesk.application.port.EpisodeStore.TrackStep s : cn.hazedesk.application.port.EpisodeStore.TrackStep.values()) {
            used.add("order." + s.name().toLowerCase(Locale.ROOT)); // EpisodeService.track
        }
        return used;
    }

    @Test
    void everyAuditActionHasWords() throws IOException {
        Set<String> used = new TreeSet<>();
        auditActionCodes().forEach(c -> used.add("audit.action." + c));
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
