package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListValues;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.excel.TestWorkbooks;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.SameThreadTaskRunner;
import cn.hazedesk.ui.list.EnterpriseEditorViewModel;
import cn.hazedesk.ui.list.LineEditModel;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One parser: every case is typed into the editor and written into a workbook row, and both must come out the
 * same — the same problem in the same words on the same field, or the same stored value. (Before, the import
 * limited lengths and rounded decimals and the editor did not; "3.0" trucks passed one and failed the other.)
 */
class OneParserTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private Messages messages;
    private Labels labels;
    private final List<Throwable> errors = new ArrayList<>();

    /** A case: the fields typed differently from a valid base row, and the field whose outcome is compared. */
    record Case(String name, Map<ListField, String> typed, ListField compared) {
    }

    private static Case c(String name, ListField compared, Object... fieldsAndTexts) {
        Map<ListField, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            typed.put((ListField) fieldsAndTexts[i], (String) fieldsAndTexts[i + 1]);
        }
        return new Case(name, typed, compared);
    }

    private static final List<Case> CASES = List.of(
            c("trucks 3.0", ListField.TRUCKS, ListField.TRUCKS, "3.0"),
            c("trucks 3.5", ListField.TRUCKS, ListField.TRUCKS, "3.5"),
            c("trucks -2", ListField.TRUCKS, ListField.TRUCKS, "-2"),
            c("trucks full-width", ListField.TRUCKS, ListField.TRUCKS, "１２"),
            c("name too long", ListField.NAME, ListField.NAME, "企".repeat(201)),
            c("phone too long", ListField.PHONE, ListField.PHONE, "1".repeat(51)),
            c("so2 many decimals", ListField.SO2, ListField.SO2, "1.12345678"),
            c("so2 full-width", ListField.SO2, ListField.SO2, "１２．５"),
            c("so2 thousands", ListField.SO2, ListField.SO2, "1,234.5"),
            c("so2 empty", ListField.SO2, ListField.SO2, ""),
            c("so2 slash", ListField.SO2, ListField.SO2, "/"),
            c("so2 words", ListField.SO2, ListField.SO2, "约十吨"),
            c("so2 implausible", ListField.SO2, ListField.SO2, "25000"),
            c("so2 negative", ListField.SO2, ListField.SO2, "-1"),
            c("share 30", ListField.YELLOW_FRACTION, ListField.YELLOW_FRACTION, "30"),
            c("share 0.3", ListField.YELLOW_FRACTION, ListField.YELLOW_FRACTION, "0.3"),
            c("share 150%", ListField.YELLOW_FRACTION, ListField.YELLOW_FRACTION, "150%"),
            c("share 33.33333%", ListField.YELLOW_FRACTION, ListField.YELLOW_FRACTION, "33.33333%"),
            c("share against text", ListField.YELLOW_FRACTION, ListField.YELLOW_FRACTION, "20%", ListField.YELLOW_TEXT, "限产30%"),
            c("text only", ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, "停运1/5电石炉"),
            c("text unread", ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, "加强管理"),
            c("text ambiguous", ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, "烧结机停产，高炉限产50%"),
            c("coking with design time", ListField.RED_FRACTION, ListField.DESIGN_COKING_HOURS, "24",
                    ListField.RED_TEXT, "结焦时间延长至36小时"),
            c("coking without design time", ListField.RED_FRACTION, ListField.RED_TEXT, "结焦时间延长至36小时"),
            c("design time implausible", ListField.DESIGN_COKING_HOURS, ListField.DESIGN_COKING_HOURS, "900"),
            c("longitude many decimals", ListField.LONGITUDE, ListField.LONGITUDE, "106.123456789"),
            c("longitude out of range", ListField.LONGITUDE, ListField.LONGITUDE, "200"),
            c("line name empty", ListField.LINE_NAME, ListField.LINE_NAME, ""));

    private static Map<ListField, String> base(int i) {
        Map<ListField, String> m = new EnumMap<>(ListField.class);
        m.put(ListField.NAME, "测试企业" + i);
        m.put(ListField.USCC, uscc(500 + i));
        m.put(ListField.DISTRICT, "大武口区");
        m.put(ListField.INDUSTRY, "焦化");
        m.put(ListField.GRADE, "B");
        m.put(ListField.LINE_NAME, "焦炉");
        for (ListField f : List.of(ListField.SO2, ListField.NOX, ListField.PM, ListField.VOCS)) {
            m.put(f, "1");
        }
        m.put(ListField.YELLOW_TEXT, "限产10%");
        m.put(ListField.ORANGE_TEXT, "限产20%");
        m.put(ListField.RED_TEXT, "停产");
        return m;
    }

    private static final List<ListField> COLUMNS = List.of(ListField.NAME, ListField.USCC, ListField.DISTRICT,
            ListField.INDUSTRY, ListField.GRADE, ListField.LONGITUDE, ListField.PHONE, ListField.TRUCKS,
            ListField.LINE_NAME, ListField.DESIGN_COKING_HOURS, ListField.SO2, ListField.NOX, ListField.PM, ListField.VOCS,
            ListField.YELLOW_FRACTION, ListField.YELLOW_TEXT, ListField.ORANGE_TEXT, ListField.RED_FRACTION, ListField.RED_TEXT);

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("data"), Clock.systemDefaultZone());
        messages = Messages.forLocale(Messages.CHINESE);
        labels = new Labels(messages, ctx.regions());
    }

    @AfterEach
    void close() {
        ctx.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void theEditorAndTheImportReadEveryCaseAlike() {
        // the import: one row per case, all typed as text cells
        List<Map<ListField, Object>> rows = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Map<ListField, String> cells = base(i);
            cells.putAll(CASES.get(i).typed());
            rows.add(new LinkedHashMap<>(cells));
        }
        Path file = TestWorkbooks.list(dir.resolve("cases.xlsx"), COLUMNS, rows);
        CheckedList checked = ctx.listFileCheck().check(file, ProgressListener.NONE, CancelToken.NONE);
        ListProblemText text = new ListProblemText(messages, ctx.regions());

        for (int i = 0; i < CASES.size(); i++) {
            Case k = CASES.get(i);
            int row = i + 2;
            List<String> importReasons = checked.problems().stream().filter(p -> p.row() == row)
                    .filter(p -> p.field() == k.compared()).map(RowProblem::problem).map(text::reason).toList();
            Enterprise imported = checked.enterprises().stream().filter(e -> e.uscc().equals(uscc(500 + row - 2)))
                    .findFirst().orElseThrow();

            EnterpriseEditorViewModel editor = typeIntoEditor(base(i), k.typed());
            String editorReason = k.compared().lineField() ? editor.lineProblemFor(k.compared()).get()
                    : editor.problemFor(k.compared()).get();

            assertThat(editorReason).as(k.name() + ": the same reason in the editor as in the import")
                    .isEqualTo(importReasons.isEmpty() ? "" : importReasons.get(0));
            if (importReasons.isEmpty()) {
                assertThat(checked.problems().stream().filter(p -> p.row() == row)).as(k.name()).isEmpty();
                assertThat(editor.problems()).as(k.name()).isEmpty();
                editor.save();
                Enterprise saved = ctx.enterprises().findByUscc(uscc(500 + i)).orElseThrow().enterprise();
                assertThat(value(saved, k.compared())).as(k.name() + ": the same value stored")
                        .isEqualTo(value(imported, k.compared()));
            }
        }
        // every kind of outcome was exercised: values and problems
        assertThat(checked.problems()).extracting(p -> p.problem().kind()).contains(
                cn.hazedesk.domain.enterprise.ListProblem.Kind.NOT_A_WHOLE_NUMBER,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.TOO_LONG,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.REQUIRED,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.IMPLAUSIBLE,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.MEASURE_CONFLICT,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.MEASURE_NOT_READ,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.MEASURE_AMBIGUOUS,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.MEASURE_NEEDS_DESIGN_COKING_TIME,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.FRACTION_RANGE,
                cn.hazedesk.domain.enterprise.ListProblem.Kind.LONGITUDE_RANGE);
        Enterprise coking = ctx.enterprises().findByUscc(uscc(500 + 22)).orElseThrow().enterprise();
        assertThat(coking.lines().get(0).measure(WarningLevel.RED).orElseThrow().fraction())
                .as("1 − 24/36").isEqualByComparingTo("0.3333");
        assertThat(ctx.enterprises().findByUscc(uscc(500)).orElseThrow().enterprise().transportTrucks()).isEqualTo(3);
        assertThat(ctx.enterprises().findByUscc(uscc(506)).orElseThrow().enterprise().lines().get(0).so2Tonnes())
                .isEqualByComparingTo("1.123457");
    }

    private EnterpriseEditorViewModel typeIntoEditor(Map<ListField, String> base, Map<ListField, String> typed) {
        EnterpriseEditorViewModel vm = new EnterpriseEditorViewModel(messages, labels, new SameThreadTaskRunner(errors::add),
                new DialogService() {
                    @Override
                    public boolean confirm(String title, String header, String content) {
                        return true;
                    }

                    @Override
                    public void info(String title, String header, String content) {
                    }

                    @Override
                    public void error(String title, String header, String content) {
                        errors.add(new AssertionError(header + " " + content));
                    }
                }, ctx.list(), ctx.industries(), cn.hazedesk.testing.Actors.all("tester"), Optional.empty(), () -> { }, () -> { });
        vm.load();
        Map<ListField, String> all = new EnumMap<>(base);
        all.putAll(typed);
        vm.districtProperty().set(vm.districtChoices().stream().filter(c -> c.label().equals(all.get(ListField.DISTRICT))).findFirst().orElseThrow());
        vm.industryProperty().set(vm.industryChoices().stream().filter(c -> c.value().equals(all.get(ListField.INDUSTRY))).findFirst().orElseThrow());
        vm.gradeProperty().set(vm.gradeChoices().stream().filter(c -> cn.hazedesk.testing.ListWordsForTests.WORDS.values().word(c.value()).equals(all.get(ListField.GRADE))).findFirst().orElseThrow());
        LineEditModel line = vm.lines().get(0);
        vm.selectedLineProperty().set(line);
        for (Map.Entry<ListField, String> e : all.entrySet()) {
            StringProperty p = property(vm, line, e.getKey());
            if (p != null) {
                p.set(e.getValue());
            }
        }
        return vm;
    }

    private static StringProperty property(EnterpriseEditorViewModel vm, LineEditModel line, ListField f) {
        return switch (f) {
            case NAME -> vm.nameProperty();
            case USCC -> vm.usccProperty();
            case LONGITUDE -> vm.longitudeProperty();
            case PHONE -> vm.phoneProperty();
            case TRUCKS -> vm.trucksProperty();
            case LINE_NAME -> line.nameProperty();
            case DESIGN_COKING_HOURS -> line.cokingProperty();
            case SO2 -> line.so2Property();
            case NOX -> line.noxProperty();
            case PM -> line.pmProperty();
            case VOCS -> line.vocsProperty();
            case YELLOW_FRACTION, ORANGE_FRACTION, RED_FRACTION -> line.fractionProperty(f.level());
            case YELLOW_TEXT, ORANGE_TEXT, RED_TEXT -> line.textProperty(f.level());
            default -> null; // chosen from lists in the editor
        };
    }

    private static String value(Enterprise e, ListField f) {
        if (!f.lineField()) {
            return ListValues.enterpriseValue(e, f, cn.hazedesk.testing.ListWordsForTests.WORDS.values());
        }
        ProductionLine l = e.lines().get(0);
        return ListValues.lineValue(l, f, cn.hazedesk.testing.ListWordsForTests.WORDS.values());
    }
}
