package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.SameThreadTaskRunner;
import cn.hazedesk.ui.list.EnterpriseEditorViewModel;
import cn.hazedesk.ui.list.EnterpriseListViewModel;
import cn.hazedesk.ui.list.LineEditModel;
import cn.hazedesk.ui.list.ListNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list and editor view models with the same-thread task runner, a scripted dialog service and the sample
 * list in a real H2 file.
 */
class ListViewModelsTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private Messages messages;
    private Labels labels;
    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private boolean answer = true;
    private final List<Optional<Long>> editorsOpened = new ArrayList<>();
    private final List<Path> importsOpened = new ArrayList<>();
    private Path nextFile;
    private final cn.hazedesk.ui.common.FileChooserService files = new cn.hazedesk.ui.common.FileChooserService() {
        @Override
        public Optional<Path> openWorkbook(String title) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> saveWorkbook(String title, String suggestedName) {
            return Optional.ofNullable(nextFile);
        }
    };
    private int closed;
    private int saved;

    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String header, String content) {
            asked.add(header);
            return answer;
        }

        @Override
        public void info(String title, String header, String content) {
            asked.add(header);
        }

        @Override
        public void error(String title, String header, String content) {
            asked.add(header + " " + content);
        }
    };

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir, Clock.systemDefaultZone());
        ctx.sampleData().loadIfFirstStart("tester");
        messages = Messages.forLocale(Messages.CHINESE);
        labels = new Labels(messages, ctx.regions());
    }

    @AfterEach
    void close() {
        ctx.close();
        assertThat(errors).isEmpty();
    }

    private EnterpriseListViewModel listVm() {
        ListNavigator nav = new ListNavigator() {
            @Override
            public void openEditor(Optional<Long> id, Runnable onSaved) {
                editorsOpened.add(id);
            }

            @Override
            public void openHistory(String uscc, String name) {
            }

            @Override
            public void openImport(Path workbook, Runnable onImported) {
                importsOpened.add(workbook);
            }
        };
        EnterpriseListViewModel vm = new EnterpriseListViewModel(messages, labels, new SameThreadTaskRunner(errors::add),
                dialogs, ctx.list(), ctx.sampleData(), nav, ctx.listExport(), files, List::of, cn.hazedesk.testing.Actors.all("tester"), null);
        vm.refresh();
        return vm;
    }

    private EnterpriseEditorViewModel editor(Optional<Long> id) {
        EnterpriseEditorViewModel vm = new EnterpriseEditorViewModel(messages, labels, new SameThreadTaskRunner(errors::add),
                dialogs, ctx.list(), ctx.industries(), cn.hazedesk.testing.Actors.all("tester"), id, () -> saved++, () -> closed++);
        vm.load();
        return vm;
    }

    @Test
    void filtersCombineAndCountsFollow() {
        EnterpriseListViewModel vm = listVm();
        int all = vm.allRows().size();
        assertThat(vm.countsTextProperty().get()).startsWith("显示 " + all + " / " + all + " 家企业");

        vm.districtProperty().set(vm.districtChoices().stream().filter(c -> "惠农区".equals(c.label())).findFirst().orElseThrow());
        assertThat(vm.filteredRows()).isNotEmpty().allMatch(r -> r.districtCode().equals("640205"));
        int huinong = vm.filteredRows().size();

        vm.controlTypeProperty().set(vm.controlTypeChoices().stream().filter(c -> c.value() == ControlType.KEY_INDUSTRY).findFirst().orElseThrow());
        assertThat(vm.filteredRows()).allMatch(r -> r.districtCode().equals("640205") && r.controlType() == ControlType.KEY_INDUSTRY);
        assertThat(vm.filteredRows().size()).isLessThan(huinong);
        int lines = vm.filteredRows().stream().mapToInt(EnterpriseRow::lines).sum();
        assertThat(vm.countsTextProperty().get())
                .isEqualTo("显示 " + vm.filteredRows().size() + " / " + all + " 家企业，共 " + lines + " 条生产线");

        vm.clearFilters();
        assertThat(vm.filteredRows()).hasSize(all);
    }

    @Test
    void freeTextMatchesNameOrUsccAsTyped() {
        EnterpriseListViewModel vm = listVm();
        EnterpriseRow some = vm.allRows().get(5);
        vm.filterTextProperty().set("焦化");
        assertThat(vm.filteredRows()).isNotEmpty().allMatch(r -> r.name().contains("焦化"));
        // part of a USCC typed in full-width lower case
        String part = some.uscc().substring(8, 14);
        StringBuilder fullWidth = new StringBuilder();
        for (char c : part.toLowerCase().toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }
        vm.filterTextProperty().set(fullWidth.toString());
        assertThat(vm.filteredRows()).contains(some);
        vm.filterTextProperty().set("没有这样的企业");
        assertThat(vm.filteredRows()).isEmpty();
    }

    @Test
    void gradeFilterUsesTheGrade() {
        EnterpriseListViewModel vm = listVm();
        vm.gradeProperty().set(vm.gradeChoices().stream().filter(c -> c.value() == PerformanceGrade.D).findFirst().orElseThrow());
        assertThat(vm.filteredRows()).isNotEmpty().allMatch(r -> r.grade() == PerformanceGrade.D);
    }

    @Test
    void deleteAsksFirstAndKeepsTheEnterpriseWhenDeclined() {
        EnterpriseListViewModel vm = listVm();
        EnterpriseRow victim = vm.allRows().get(0);
        vm.selectedProperty().set(victim);
        assertThat(vm.lines()).hasSize(victim.lines());
        answer = false;
        vm.deleteSelected();
        assertThat(asked).containsExactly("确定要删除“" + victim.name() + "”吗？");
        assertThat(ctx.list().find(victim.id())).isPresent();
        answer = true;
        vm.deleteSelected();
        assertThat(ctx.list().find(victim.id())).isEmpty();
        assertThat(vm.allRows()).doesNotContain(victim);
    }

    @Test
    void anEnterpriseDeletedWhileItsEditorIsOpenIsARefusalInWordsNotAnError() {
        EnterpriseRow row = listVm().allRows().get(2);
        EnterpriseEditorViewModel vm = editor(Optional.of(row.id()));
        ctx.list().delete(row.id(), cn.hazedesk.testing.Actors.all("别人"));
        vm.contactProperty().set("新联系人");
        vm.save();
        assertThat(saved).isZero();
        assertThat(closed).as("the editor stays open with the user's edits").isZero();
        assertThat(asked).containsExactly("保存失败，清单未作任何改动。 这家企业已不在清单中（可能已被他人删除），未作改动。请刷新清单。");
        assertThat(ctx.list().find(row.id())).as("not brought back").isEmpty();
    }

    @Test
    void editorChecksAsTheUserTypesAndSavesOnlyValidData() {
        EnterpriseRow row = listVm().allRows().get(3);
        EnterpriseEditorViewModel vm = editor(Optional.of(row.id()));
        assertThat(vm.nameProperty().get()).isEqualTo(row.name());
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canSaveProperty().get()).as("nothing changed yet").isFalse();

        vm.usccProperty().set(row.uscc().substring(0, 17) + (row.uscc().endsWith("0") ? "1" : "0"));
        assertThat(vm.problemFor(ListField.USCC).get()).startsWith("无效：校验码应为 " + row.uscc().charAt(17));
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.usccProperty().set(row.uscc());
        LineEditModel line = vm.lines().get(0);
        vm.selectedLineProperty().set(line);
        line.fractionProperty(WarningLevel.ORANGE).set("150%");
        assertThat(vm.lineProblemFor(ListField.ORANGE_FRACTION).get()).isEqualTo("减排比例应在 0% 到 100% 之间，实为 150%");
        assertThat(vm.problems()).singleElement().asString().startsWith("生产线“" + line.nameProperty().get() + "”的橙色预警减排比例：");
        line.fractionProperty(WarningLevel.ORANGE).set("35%");
        String text = line.textProperty(WarningLevel.ORANGE).get();
        if (!text.isEmpty()) {
            // the import's rule: a share that contradicts the measure's own words is refused here too
            assertThat(vm.problems()).singleElement().asString().contains("减排比例 35% 与措施“" + text + "”所写的");
            line.textProperty(WarningLevel.ORANGE).set("限产35%");
        }
        vm.contactProperty().set("新联系人");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();

        vm.save();
        assertThat(saved).isEqualTo(1);
        assertThat(closed).isEqualTo(1);
        var stored = ctx.list().find(row.id()).orElseThrow().enterprise();
        assertThat(stored.contactName()).isEqualTo("新联系人");
        assertThat(stored.lines().get(0).measure(WarningLevel.ORANGE).orElseThrow().fraction()).isEqualByComparingTo("0.35");
        assertThat(ctx.list().history(row.uscc())).extracting(h -> h.field())
                .contains("CONTACT", "ORANGE_FRACTION").doesNotHaveDuplicates();
    }

    @Test
    void undoAndRedoCoverTypingAndLines() {
        EnterpriseRow row = listVm().allRows().get(3);
        EnterpriseEditorViewModel vm = editor(Optional.of(row.id()));
        String original = vm.nameProperty().get();
        int lines = vm.lines().size();
        // typing into one field, character by character, is one edit
        vm.nameProperty().set(original + "X");
        vm.nameProperty().set(original + "XY");
        vm.phoneProperty().set("123");
        vm.addLine();
        assertThat(vm.lines()).hasSize(lines + 1);
        assertThat(vm.problems()).as("the new line has no name yet").isNotEmpty();

        vm.undo();
        assertThat(vm.lines()).hasSize(lines);
        vm.undo();
        assertThat(vm.phoneProperty().get()).isNotEqualTo("123");
        vm.undo();
        assertThat(vm.nameProperty().get()).isEqualTo(original);
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        assertThat(vm.nameProperty().get()).isEqualTo(original + "XY");
        vm.redo();
        vm.redo();
        assertThat(vm.lines()).hasSize(lines + 1);

        vm.selectedLineProperty().set(vm.lines().get(0));
        vm.removeSelectedLine();
        assertThat(vm.lines()).hasSize(lines);
        vm.undo();
        assertThat(vm.lines()).hasSize(lines + 1);
    }

    @Test
    void closingWithUnsavedEditsAsksFirst() {
        EnterpriseEditorViewModel vm = editor(Optional.of(listVm().allRows().get(0).id()));
        assertThat(vm.requestClose()).isTrue();
        assertThat(asked).isEmpty();
        vm.phoneProperty().set("1");
        answer = false;
        assertThat(vm.requestClose()).isFalse();
        assertThat(asked).containsExactly("有尚未保存的修改，确定要放弃吗？");
    }

    @Test
    void replacingTheListWithAnEmptyWorkbookAsksInWordsThatSaySoAndChangesNothingWhenRefused() {
        int stored = ctx.list().rows().size();
        Path empty = cn.hazedesk.infra.excel.TestWorkbooks.list(dir.resolve("empty.xlsx"),
                cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS, List.of());
        cn.hazedesk.ui.list.ImportViewModel vm = new cn.hazedesk.ui.list.ImportViewModel(messages, labels,
                new SameThreadTaskRunner(errors::add), dialogs, ctx.listImport(), cn.hazedesk.testing.Actors.all("tester"), empty, () -> { });
        vm.start();
        assertThat(vm.stepProperty().get()).isEqualTo(cn.hazedesk.ui.list.ImportViewModel.Step.PREVIEW);
        vm.modeProperty().set(cn.hazedesk.domain.listimport.ImportMode.REPLACE);
        answer = false;
        vm.commit();
        assertThat(asked).containsExactly("工作簿中没有任何企业：替换将清空清单，删除全部 " + stored + " 家企业。");
        assertThat(ctx.list().rows()).hasSize(stored);

        answer = true;
        vm.commit();
        assertThat(vm.stepProperty().get()).isEqualTo(cn.hazedesk.ui.list.ImportViewModel.Step.DONE);
        assertThat(ctx.list().rows()).isEmpty();
    }

    @Test
    void aNewEnterpriseNeedsTheRequiredFieldsAndAUniqueUscc() {
        EnterpriseEditorViewModel vm = editor(Optional.empty());
        vm.nameProperty().set("新企业（示例）");
        assertThat(vm.problemFor(ListField.USCC).get()).isEqualTo("必填项为空");
        assertThat(vm.problemFor(ListField.DISTRICT).get()).isEqualTo("必填项为空");
        EnterpriseRow existing = listVm().allRows().get(0);
        vm.usccProperty().set(existing.uscc());
        vm.districtProperty().set(vm.districtChoices().get(0));
        vm.industryProperty().set(vm.industryChoices().stream().filter(c -> c.value().equals("焦化")).findFirst().orElseThrow());
        vm.lines().get(0).nameProperty().set("1号焦炉");
        vm.lines().get(0).so2Property().set("１２．５");
        assertThat(vm.problems()).as("an emission left empty is a problem, never a zero").contains(
                "生产线“1号焦炉”的氮氧化物年排放量（吨）：必填项为空");
        vm.lines().get(0).noxProperty().set("3");
        vm.lines().get(0).pmProperty().set("0");
        vm.lines().get(0).vocsProperty().set("无");
        assertThat(vm.problems()).isEmpty();
        vm.save();
        assertThat(saved).isZero();
        assertThat(vm.problemFor(ListField.USCC).get()).isEqualTo("该统一社会信用代码已属于企业“" + existing.name() + "”");
    }
}
