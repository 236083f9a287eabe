package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.infra.db.JooqAuditLog;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the audit trail on a real H2 file, written through the real {@link JooqAuditLog}: filters, pages, counts. */
class AuditQueryServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String COKING = "91640205MA76XYZ12K";
    private static final String CEMENT = "91640221MA7ABCDE3X";

    @TempDir
    Path dir;
    private MutableClock clock;
    private AppContext ctx;
    private AuditQueryService audit;

    @BeforeEach
    void open() {
        clock = new MutableClock(at("2026-12-01T08:00:00"), ZONE);
        ctx = AppContext.open(dir, clock);
        audit = ctx.auditQuery();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static java.time.Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }

    private void record(String localTime, String actor, String action, String subject, String detail) {
        ctx.auditLog().record(at(localTime), actor, action, subject, cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", detail));
    }

    /** A detail with two facts, the second found by a search in the details. */
    private static final cn.hazedesk.domain.audit.AuditDetail TWO_FACTS = cn.hazedesk.domain.audit.AuditDetail
            .of("test.note").with("note", "2 changes").with("more", "second LINE of details");

    /** Four records over three days, written out of time order. */
    private void fourRecords() {
        ctx.auditLog().record(at("2026-12-09T10:00:00"), "李四", "enterprise.update", COKING, TWO_FACTS);
        record("2026-12-08T09:00:00", "张三", "enterprise.create", COKING, "宁夏焦化（示例）");
        record("2026-12-10T00:00:00", "王五", "sample.remove", "sample", "12 enterprises");
        record("2026-12-09T23:59:59", "张三丰", "grade.apply", CEMENT, "record 1, industry 水泥, grade A");
    }

    private List<String> actions(AuditFilter f) {
        return audit.find(f, 0, 100).entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void everyRecordNewestFirstWithItsCount() {
        fourRecords();
        AuditQueryService.Page page = audit.firstPage(AuditFilter.ALL);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.entries()).extracting(AuditEntry::action)
                .containsExactly("sample.remove", "grade.apply", "enterprise.update", "enterprise.create");
        AuditEntry update = page.entries().get(2);
        assertThat(update.when()).isEqualTo(LocalDateTime.parse("2026-12-09T10:00:00"));
        assertThat(update.actor()).isEqualTo("李四");
        assertThat(update.subject()).isEqualTo(COKING);
        assertThat(update.detail()).isEqualTo(TWO_FACTS.stored());
        assertThat(cn.hazedesk.domain.audit.AuditDetail.read(update.detail())).contains(TWO_FACTS);

        assertThat(audit.find(AuditFilter.ALL, 1, 2)).satisfies(p -> {
            assertThat(p.entries()).extracting(AuditEntry::action).containsExactly("grade.apply", "enterprise.update");
            assertThat(p.total()).isEqualTo(4);
            assertThat(p.hasMore()).isTrue();
        });
        assertThat(audit.find(AuditFilter.ALL, 3, 500).total()).as("a short last page").isEqualTo(4);
        assertThat(audit.find(AuditFilter.ALL, 10, 500)).as("past the end").satisfies(p -> {
            assertThat(p.entries()).isEmpty();
            assertThat(p.total()).isEqualTo(4);
        });
        assertThat(audit.find(AuditFilter.ALL.containing("nothing like this"), 0, 500).total()).isZero();
    }

    @Test
    void aDateRangeIncludesBothWholeDays() {
        fourRecords();
        LocalDate d9 = LocalDate.of(2026, 12, 9);
        assertThat(actions(AuditFilter.ALL.between(d9, d9))).containsExactly("grade.apply", "enterprise.update");
        assertThat(actions(AuditFilter.ALL.between(d9, null))).containsExactly("sample.remove", "grade.apply", "enterprise.update");
        assertThat(actions(AuditFilter.ALL.between(null, d9.minusDays(1)))).containsExactly("enterprise.create");
        assertThat(audit.count(AuditFilter.ALL.between(d9.plusDays(1), d9))).as("from after to").isZero();
    }

    @Test
    void theOperatorExactlyOrContained() {
        fourRecords();
        assertThat(actions(AuditFilter.ALL.byActor("张三"))).containsExactly("enterprise.create");
        assertThat(actions(AuditFilter.ALL.actorContaining("张三"))).containsExactly("grade.apply", "enterprise.create");
        assertThat(actions(AuditFilter.ALL.actorContaining("  张三  "))).as("stripped").hasSize(2);
        assertThat(audit.count(AuditFilter.ALL.byActor("张"))).isZero();
    }

    @Test
    void theActionByItsCode() {
        fourRecords();
        assertThat(audit.find(AuditFilter.ALL.withAction("enterprise.update"), 0, 100).entries())
                .singleElement().extracting(AuditEntry::actor).isEqualTo("李四");
        assertThat(audit.count(AuditFilter.ALL.withAction("enterprise"))).as("exact, not a prefix").isZero();
        assertThat(audit.actions()).containsExactly("enterprise.create", "enterprise.update", "grade.apply", "sample.remove");
    }

    @Test
    void textInTheSubjectOrTheDetailsIgnoringCase() {
        fourRecords();
        assertThat(actions(AuditFilter.ALL.containing("ma76xyz"))).as("subject, lower case")
                .containsExactly("enterprise.update", "enterprise.create");
        assertThat(actions(AuditFilter.ALL.containing("line of"))).as("a later field of the details")
                .containsExactly("enterprise.update");
        assertThat(actions(AuditFilter.ALL.containing("焦化"))).containsExactly("enterprise.create");
        assertThat(audit.count(AuditFilter.ALL.containing("%"))).as("no wildcard").isZero();
        assertThat(audit.count(AuditFilter.ALL.containing("_"))).as("no wildcard").isZero();
        assertThat(audit.count(AuditFilter.ALL.containing("   "))).as("blank is no criterion").isEqualTo(4);
    }

    @Test
    void criteriaCombine() {
        fourRecords();
        AuditFilter f = AuditFilter.ALL.between(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9))
                .actorContaining("三").containing("MA7");
        assertThat(actions(f)).containsExactly("grade.apply", "enterprise.create");
        assertThat(audit.count(f.withAction("grade.apply"))).isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlap() {
        ctx.transactions().inTransaction(() -> {
            for (int i = 0; i < 1234; i++) {
                ctx.auditLog().record(at("2026-12-01T08:00:00").plusSeconds(i), i % 2 == 0 ? "甲" : "乙",
                        "enterprise.update", "91640202TEST" + String.format("%05d", i) + "X", cn.hazedesk.domain.audit.AuditDetail.of("enterprise.update").with("changes", i));
            }
        });
        List<AuditEntry> all = new ArrayList<>();
        AuditQueryService.Page page = audit.firstPage(AuditFilter.ALL);
        assertThat(page.entries()).hasSize(AuditQueryService.PAGE_SIZE);
        assertThat(page.total()).isEqualTo(1234);
        all.addAll(page.entries());
        while (page.hasMore()) {
            page = audit.find(AuditFilter.ALL, all.size(), AuditQueryService.PAGE_SIZE);
            all.addAll(page.entries());
        }
        assertThat(all).hasSize(1234);
        Set<Long> ids = new HashSet<>();
        all.forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(1234);
        assertThat(all.get(0).detail()).isEqualTo(cn.hazedesk.domain.audit.AuditDetail.of("enterprise.update").with("changes", 1233).stored());
        assertThat(all.get(1233).detail()).isEqualTo(cn.hazedesk.domain.audit.AuditDetail.of("enterprise.update").with("changes", 0).stored());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).when()).isBefore(all.get(i - 1).when());
        }
        AuditQueryService.Page odd = audit.find(AuditFilter.ALL.byActor("乙"), 600, AuditQueryService.PAGE_SIZE);
        assertThat(odd.total()).isEqualTo(617);
        assertThat(odd.entries()).hasSize(17);
        assertThat(odd.hasMore()).isFalse();
    }

    @Test
    void oneSubjectOldestFirstForATimeline() {
        fourRecords();
        assertThat(audit.forSubject(COKING)).extracting(AuditEntry::action)
                .containsExactly("enterprise.create", "enterprise.update");
        assertThat(audit.forSubject("sample")).singleElement().extracting(AuditEntry::actor).isEqualTo("王五");
        assertThat(audit.forSubject(COKING.toLowerCase())).as("exact").isEmpty();
    }

    @Test
    void theFieldChangesSavedWithARecordShowBeforeAndAfter() {
        Enterprise cement = EnterpriseListServiceTest.coking("91640202000000000K", "0952-1");
        long id = ctx.list().save(Optional.empty(), cement, cn.hazedesk.testing.Actors.all("值班员")).value();
        clock.advance(Duration.ofMinutes(5));
        Enterprise renamed = new Enterprise(cement.uscc(), "测试焦化（改名）", cement.districtCode(), cement.industry(),
                cement.grade(), cement.controlType(), cement.address(), cement.longitude(), cement.latitude(),
                cement.contactName(), "0952-7654321", cement.permitNumber(), cement.permitManagement(),
                cement.bulkTransport(), cement.transportTrucks(), cement.minTruckStandard(), cement.lines());
        assertThat(ctx.list().save(Optional.of(id), renamed, cn.hazedesk.testing.Actors.all("值班员")).isAccepted()).isTrue();

        List<AuditEntry> trail = audit.forSubject(cement.uscc());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("enterprise.create", "enterprise.update");
        assertThat(audit.changesWith(trail.get(1)))
                .extracting(ChangeRecord::field, ChangeRecord::oldValue, ChangeRecord::newValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NAME", cement.name(), "测试焦化（改名）"),
                        org.assertj.core.groups.Tuple.tuple("PHONE", cement.contactPhone(), "0952-7654321"));
        assertThat(audit.changesWith(trail.get(0))).as("the creation, five minutes earlier")
                .extracting(ChangeRecord::field).containsExactly("CREATED");
        AuditEntry sameMomentOtherActor = new AuditEntry(0, trail.get(1).when(), "别人", "enterprise.update",
                cement.uscc(), "");
        assertThat(audit.changesWith(sameMomentOtherActor)).isEmpty();
    }

    @Test
    void theFilteredRecordsGoToAWorkbook() throws Exception {
        fourRecords();
        Path file = dir.resolve("out").resolve("操作记录.xlsx");
        List<String> progress = new ArrayList<>();
        int n = audit.export(file, AuditFilter.ALL.containing("ma76"), "操作记录",
                List.of("时间", "操作人", "操作", "对象", "详情"), code -> code.equals("enterprise.update") ? "修改企业" : code,
                new cn.hazedesk.i18n.AuditSubjectText(cn.hazedesk.i18n.Messages.forLocale(cn.hazedesk.i18n.Messages.CHINESE))::text,
                new cn.hazedesk.i18n.AuditDetailText(cn.hazedesk.i18n.Messages.forLocale(cn.hazedesk.i18n.Messages.CHINESE),
                        cn.hazedesk.infra.data.RegionsCsv.load(), java.time.ZoneId.of("Asia/Shanghai"))::text,
                (d, t, m) -> progress.add(m));
        assertThat(n).isEqualTo(2);
        assertThat(progress).contains("audit.progress.reading", "audit.progress.writing");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("操作记录");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            Row head = s.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(head.getCell(4).getStringCellValue()).isEqualTo("详情");
            Row first = s.getRow(1);
            assertThat(first.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-12-09T10:00:00"));
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("李四");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("修改企业");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(COKING);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("2 changes，second LINE of details");
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("enterprise.create");
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }
}
