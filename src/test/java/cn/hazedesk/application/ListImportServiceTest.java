package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.ImportPreview.Counts;
import cn.hazedesk.i18n.ListTemplateNotes;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import cn.hazedesk.infra.excel.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS;
import static cn.hazedesk.infra.excel.TestWorkbooks.line;
import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import and export of the list through real workbooks into a real H2 data folder. */
class ListImportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private AppContext open(String folder) {
        cn.hazedesk.testing.PostgresFolders.prepare(dir.resolve(folder)); // a folder of its own on PostgreSQL too
        return AppContext.open(dir.resolve(folder), CLOCK);
    }

    /** E1 (lines 焦炉1, 焦炉2), E2 (熟料线), E3 (电石炉). */
    private Path firstList() {
        return TestWorkbooks.list(dir.resolve("first.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%"),
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉2", 5, 6, "30%", "限产30%"),
                line("乙水泥", uscc(2), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产"),
                line("丙电石", uscc(3), "惠农区", "电石", null, "电石炉", 3, 4, null, null)));
    }

    /** E1: 焦炉1 changed, 焦炉2 gone, 焦炉3 new; E2 as before; E3 missing; E4 new with two lines. */
    private Path secondList() {
        return TestWorkbooks.list(dir.resolve("second.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 12, 20, "30%", "限产30%"),
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉3", 1, 1, "50%", "限产50%"),
                line("乙水泥", uscc(2), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产"),
                line("丁炭素", uscc(4), "惠农区", "炭素", "D", "煅烧炉", 30, 31, "100%", "停产"),
                line("丁炭素", uscc(4), "惠农区", "炭素", "D", "焙烧炉", 30, 31, "100%", "停产")));
    }

    private static ImportResult importFile(AppContext ctx, Path file, ImportMode mode) {
        ImportPlan plan = ctx.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
        assertThat(plan.problems()).isEmpty();
        return ctx.listImport().commit(plan, mode, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE);
    }

    private static List<Enterprise> stored(AppContext ctx) {
        return ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise).toList();
    }

    @Test
    void aFirstImportStoresEverythingAfterABackupAndLeavesARecord() {
        try (AppContext ctx = open("data")) {
            ImportResult r = importFile(ctx, firstList(), ImportMode.MERGE);
            assertThat(r.applied().enterprises()).isEqualTo(new Counts(3, 0, 0, 0, 0));
            assertThat(r.applied().lines()).isEqualTo(new Counts(4, 0, 0, 0, 0));
            if (ctx.backups().local()) {
                assertThat(r.backup()).exists().hasFileName("hazedesk-20261210-163000-before-import.zip");
            } else {
                // shared mode: HazeDesk writes no backup of a server (IT backs it up with pg_dump)
                assertThat(r.backup()).isNull();
                assertThat(ctx.store().dataFolder().resolve("backups")).doesNotExist();
            }
            assertThat(ctx.enterprises().summary()).isEqualTo(new ListSummary(3, 4, 0));
            Enterprise e1 = ctx.enterprises().findByUscc(uscc(1)).orElseThrow().enterprise();
            assertThat(e1.name()).isEqualTo("甲焦化");
            assertThat(e1.districtCode()).isEqualTo("640202");
            assertThat(e1.lines()).extracting(ProductionLine::name).containsExactly("焦炉1", "焦炉2");
            assertThat(e1.lines().get(0).measures().get(0).fraction()).isEqualByComparingTo("0.3");
            assertThat(ctx.changeLog().history(uscc(3))).singleElement()
                    .satisfies(c -> assertThat(c.field()).isEqualTo(FieldChange.CREATED));
            assertThat(ctx.store().dsl().fetchValue(AUDIT_EVENT.DETAIL, AUDIT_EVENT.ACTION.eq(ListImportService.AUDIT_ACTION)))
                    .startsWith("ad1:enterprise.import&mode=MERGE&rows=4&added=3");
        }
    }

    @Test
    void mergeAndReplacePreviewTheirOwnCountsAndCommitThem() {
        Path first = firstList();
        Path second = secondList();
        for (String folder : List.of("merge", "replace")) {
            try (AppContext ctx = open(folder)) {
                importFile(ctx, first, ImportMode.MERGE);
                ImportPlan plan = ctx.listImport().read(second, ProgressListener.NONE, CancelToken.NONE);
                assertThat(plan.rows()).isEqualTo(5);
                assertThat(plan.preview(ImportMode.MERGE).enterprises()).isEqualTo(new Counts(1, 1, 1, 0, 1));
                assertThat(plan.preview(ImportMode.MERGE).lines()).isEqualTo(new Counts(3, 1, 1, 1, 1));
                assertThat(plan.preview(ImportMode.REPLACE).enterprises()).isEqualTo(new Counts(1, 1, 1, 1, 0));
                assertThat(plan.preview(ImportMode.REPLACE).lines()).isEqualTo(new Counts(3, 1, 1, 2, 0));
                ImportPreview.Entry changed = plan.preview(ImportMode.MERGE).entries().stream()
                        .filter(e -> e.status() == ImportPreview.Status.CHANGED).findFirst().orElseThrow();
                assertThat(changed.uscc()).isEqualTo(uscc(1));
                assertThat(changed.changes()).containsExactlyInAnyOrder(
                        new FieldChange(FieldChange.LINE_REMOVED, "焦炉2", "焦炉2", ""),
                        new FieldChange(ListField.SO2.name(), "焦炉1", "10", "12"),
                        new FieldChange(FieldChange.LINE_ADDED, "焦炉3", "", "焦炉3"));
            }
        }
        try (AppContext ctx = open("merge")) {
            ImportPlan plan = ctx.listImport().read(second, ProgressListener.NONE, CancelToken.NONE);
            ImportResult r = ctx.listImport().commit(plan, ImportMode.MERGE, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE);
            assertThat(r.applied().enterprises()).isEqualTo(new Counts(1, 1, 1, 0, 1));
            assertThat(ctx.enterprises().summary()).isEqualTo(new ListSummary(4, 6, 0));
            Enterprise e1 = ctx.enterprises().findByUscc(uscc(1)).orElseThrow().enterprise();
            assertThat(e1.lines()).extracting(ProductionLine::name).containsExactlyInAnyOrder("焦炉1", "焦炉3");
            assertThat(e1.line("焦炉1").orElseThrow().so2Tonnes()).isEqualByComparingTo("12");
            assertThat(ctx.enterprises().findByUscc(uscc(3))).as("kept by a merge").isPresent();
            assertThat(ctx.changeLog().history(uscc(1))).extracting(ChangeRecord::field)
                    .contains(ListField.SO2.name(), FieldChange.LINE_ADDED, FieldChange.LINE_REMOVED, FieldChange.CREATED);
        }
        try (AppContext ctx = open("replace")) {
            ImportPlan plan = ctx.listImport().read(second, ProgressListener.NONE, CancelToken.NONE);
            ImportResult r = ctx.listImport().commit(plan, ImportMode.REPLACE, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE);
            assertThat(r.applied().enterprises()).isEqualTo(new Counts(1, 1, 1, 1, 0));
            assertThat(ctx.enterprises().summary()).isEqualTo(new ListSummary(3, 5, 0));
            assertThat(ctx.enterprises().findByUscc(uscc(3))).as("removed by a replace").isEmpty();
            assertThat(ctx.changeLog().history(uscc(3)).get(0).field()).isEqualTo(FieldChange.DELETED);
            // the replaced list is exactly the file
            ImportPlan again = ctx.listImport().read(second, ProgressListener.NONE, CancelToken.NONE);
            assertThat(again.preview(ImportMode.REPLACE).noChange()).isTrue();
        }
    }

    @Test
    void aWorkbookWithAnyErrorCommitsNothing() {
        Path bad = TestWorkbooks.list(dir.resolve("bad.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%"),
                line("戊化工", uscc(5), "大武口区", "焦化", "B", "焦炉1", -1, 20, "30%", "限产30%")));
        try (AppContext ctx = open("data")) {
            importFile(ctx, firstList(), ImportMode.MERGE);
            List<Enterprise> before = stored(ctx);
            ImportPlan plan = ctx.listImport().read(bad, ProgressListener.NONE, CancelToken.NONE);
            assertThat(plan.clean()).isFalse();
            assertThat(plan.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.header()).isEqualTo("二氧化硫年排放量(吨)");
            });
            for (ImportMode mode : ImportMode.values()) {
                assertThatThrownBy(() -> ctx.listImport().commit(plan, mode, cn.hazedesk.testing.Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(stored(ctx)).isEqualTo(before);
            assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(ListImportService.AUDIT_ACTION))).isEqualTo(1);
        }
    }

    @Test
    void cancellingWhileWritingLeavesTheListExactlyAsItWas() {
        List<Map<ListField, Object>> many = new ArrayList<>();
        for (int i = 1; i <= ListRewrite.BATCH * 2 + 50; i++) {
            many.add(line("企业" + i, uscc(100 + i), "惠农区", "炭素", "C", "煅烧炉", i, 1, "50%", "限产50%"));
        }
        // an existing enterprise changed too, so both updates and inserts are under way when the cancel comes
        many.add(line("甲焦化", uscc(1), "大武口区", "焦化", "A", "焦炉1", 99, 20, "30%", "限产30%"));
        Path big = TestWorkbooks.list(dir.resolve("big.xlsx"), COLUMNS, many);
        try (AppContext ctx = open("data")) {
            importFile(ctx, firstList(), ImportMode.MERGE);
            List<Enterprise> before = stored(ctx);
            ListSummary summary = ctx.enterprises().summary();
            int changes = ctx.changeLog().history(uscc(1)).size();
            for (ImportMode mode : ImportMode.values()) {
                ImportPlan plan = ctx.listImport().read(big, ProgressListener.NONE, CancelToken.NONE);
                CancelToken.Flag cancel = CancelToken.flag();
                List<Long> seen = new ArrayList<>();
                ProgressListener cancelMidWay = (done, total, message) -> {
                    if (message.equals("list.progress.writing") && done > 0 && done < total) {
                        seen.add(done);
                        cancel.cancel();
                    }
                };
                assertThatThrownBy(() -> ctx.listImport().commit(plan, mode, cn.hazedesk.testing.Actors.all("tester"), true, cancelMidWay, cancel))
                        .isInstanceOf(CancelledException.class);
                assertThat(seen).as("cancelled after part of the rows were written").isNotEmpty();
                assertThat(stored(ctx)).isEqualTo(before);
                assertThat(ctx.enterprises().summary()).isEqualTo(summary);
                assertThat(ctx.store().dsl().fetchCount(cn.hazedesk.infra.db.generated.Tables.ENTERPRISE))
                        .as("the rows written before the cancel are gone, not just hidden").isEqualTo(summary.enterprises());
                assertThat(ctx.store().dsl().fetchCount(cn.hazedesk.infra.db.generated.Tables.ENTERPRISE_CHANGE,
                        org.jooq.impl.DSL.condition("list_version > (SELECT current_version FROM list_state)")))
                        .as("change entries of the abandoned version are gone").isEqualTo(0);
                assertThat(ctx.changeLog().history(uscc(1))).hasSize(changes);
                assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(ListImportService.AUDIT_ACTION))).isEqualTo(1);
            }
        }
    }

    @Test
    void anExportImportsBackUnchangedAndIsStable() throws Exception {
        Path export = dir.resolve("out/export.xlsx");
        Path again = dir.resolve("out/again.xlsx");
        int enterprises;
        try (AppContext ctx = open("sample")) {
            enterprises = ctx.sampleData().loadIfFirstStart("tester");
            importFile(ctx, firstList(), ImportMode.MERGE);
            int lines = ctx.enterprises().summary().lines();
            ListExportService.Exported done = ctx.listExport().exportAll(export, ProgressListener.NONE);
            assertThat(done).isEqualTo(new ListExportService.Exported(enterprises + 3, lines));

            ImportPlan plan = ctx.listImport().read(export, ProgressListener.NONE, CancelToken.NONE);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.rows()).isEqualTo(lines);
            for (ImportMode mode : ImportMode.values()) {
                assertThat(plan.preview(mode).enterprises()).isEqualTo(new Counts(0, 0, enterprises + 3, 0, 0));
                assertThat(plan.preview(mode).lines()).isEqualTo(new Counts(0, 0, lines, 0, 0));
            }
        }
        try (AppContext ctx = open("fresh")) {
            importFile(ctx, export, ImportMode.REPLACE);
            ctx.listExport().exportAll(again, ProgressListener.NONE);
        }
        assertThat(TestWorkbooks.cells(again, "应急减排清单"))
                .isEqualTo(TestWorkbooks.cells(export, "应急减排清单"));
        List<List<String>> cells = TestWorkbooks.cells(export, "应急减排清单");
        assertThat(cells.get(0)).isEqualTo(new PoiListWorkbook(cn.hazedesk.infra.data.RegionsCsv.load(), cn.hazedesk.testing.ListWordsForTests.WORDS).headers());
        List<String> oven = cells.stream().filter(r -> r.contains("焦炉1")).findFirst().orElseThrow();
        assertThat(oven.get(ListField.DISTRICT.ordinal())).isEqualTo("大武口区");
        assertThat(oven.get(ListField.YELLOW_FRACTION.ordinal())).isEqualTo("30%");
        assertThat(oven.get(ListField.YELLOW_TYPE.ordinal())).isEqualTo("限产");
        assertThat(oven.get(ListField.CONTROL_TYPE.ordinal())).isEqualTo("重点行业");
    }

    @Test
    void aSubsetIsExportedByIdsOrByCreditCodes() {
        try (AppContext ctx = open("data")) {
            importFile(ctx, firstList(), ImportMode.MERGE);
            long id2 = ctx.enterprises().findByUscc(uscc(2)).orElseThrow().id();
            Path byIds = dir.resolve("ids.xlsx");
            assertThat(ctx.listExport().exportIds(byIds, List.of(id2), ProgressListener.NONE))
                    .isEqualTo(new ListExportService.Exported(1, 1));
            Path byUscc = dir.resolve("usccs.xlsx");
            assertThat(ctx.listExport().exportUsccs(byUscc, List.of(uscc(1).toLowerCase(), uscc(3)), ProgressListener.NONE))
                    .isEqualTo(new ListExportService.Exported(2, 3));
            assertThat(TestWorkbooks.cells(byIds, "应急减排清单")).hasSize(2)
                    .last().satisfies(r -> assertThat(r.get(0)).isEqualTo("乙水泥"));
            ImportPlan plan = ctx.listImport().read(byUscc, ProgressListener.NONE, CancelToken.NONE);
            assertThat(plan.preview(ImportMode.MERGE).enterprises()).isEqualTo(new Counts(0, 0, 2, 0, 1));
        }
    }

    @Test
    void theTemplateHasEveryHeaderAndTheInstructionsAndReadsAsAnEmptyList() throws Exception {
        Path template = dir.resolve("template.xlsx");
        try (AppContext ctx = open("data")) {
            ctx.listExport().writeTemplate(template,
                    ListTemplateNotes.notes(Messages.forLocale(Messages.CHINESE), ctx.regions(), ctx.industries(),
                            cn.hazedesk.testing.ListWordsForTests.WORDS.values()));
            assertThat(TestWorkbooks.cells(template, "应急减排清单")).containsExactly(new PoiListWorkbook(ctx.regions(), cn.hazedesk.testing.ListWordsForTests.WORDS).headers());
            List<String> notes = TestWorkbooks.cells(template, "说明").stream().map(r -> r.get(0)).toList();
            assertThat(notes.get(0)).isEqualTo("应急减排清单导入模板说明");
            assertThat(notes).anyMatch(n -> n.contains("企业名称、统一社会信用代码、所属区县、行业类别、生产线名称"))
                    .anyMatch(n -> n.contains("大武口区、惠农区、平罗县"))
                    .anyMatch(n -> n.contains("30% 或 0.3"));
            ImportPlan plan = ctx.listImport().read(template, ProgressListener.NONE, CancelToken.NONE);
            assertThat(plan.rows()).isZero();
            assertThat(plan.problems()).isEmpty();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
