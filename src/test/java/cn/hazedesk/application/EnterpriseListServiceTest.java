package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.ListEditRefusal;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Saving, refusing, deleting one enterprise, with its history, on a real H2 file. */
class EnterpriseListServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private AppContext ctx;
    private EnterpriseListService list;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir, CLOCK);
        list = ctx.list();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewEnterpriseIsStoredWithItsLinesAndARecordOfItsCreation() {
        Outcome<Long> r = list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("值班员"));
        assertThat(r.isAccepted()).isTrue();
        StoredEnterprise stored = list.find(r.value()).orElseThrow();
        assertThat(stored.sample()).isFalse();
        assertThat(stored.enterprise()).isEqualTo(coking("91640202000000000K", "0952-1"));
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.lines()).isEqualTo(2);
            assertThat(row.so2()).isEqualByComparingTo("15.5");
        });
        assertThat(list.history("91640202000000000K")).singleElement().satisfies(h -> {
            assertThat(h.field()).isEqualTo("CREATED");
            assertThat(h.actor()).isEqualTo("值班员");
            assertThat(h.when().toString()).isEqualTo("2026-12-10T16:30");
        });
    }

    @Test
    void anInvalidEnterpriseIsRefusedAndNothingIsStored() {
        Enterprise bad = coking("91640202000000000X", "0952-1");
        Outcome<Long> r = list.save(Optional.empty(), bad, cn.hazedesk.testing.Actors.all("值班员"));
        Outcome.Refusal why = r.refusal().orElseThrow();
        assertThat(why.code()).isEqualTo(ListEditRefusal.INVALID_FIELDS);
        assertThat(why.args()).containsExactly("1");
        assertThat(why.parts(ListProblem.class)).extracting(ListProblem::kind).containsExactly(ListProblem.Kind.USCC_INVALID);
        assertThat(list.rows()).isEmpty();
        assertThat(list.history("91640202000000000X")).isEmpty();
    }

    @Test
    void aUsccAlreadyOnTheListIsRefusedNamingItsOwner() {
        list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("a"));
        Enterprise other = new Enterprise("91640202000000000K", "另一家（示例）", "640205", "电石", PerformanceGrade.UNRATED,
                ControlType.GENERAL, null, null, null, null, null, null, null, false, null, null, coking("x", "y").lines());
        Outcome.Refusal why = list.save(Optional.empty(), other, cn.hazedesk.testing.Actors.all("a")).refusal().orElseThrow();
        assertThat(why.code()).isEqualTo(ListEditRefusal.DUPLICATE_USCC);
        assertThat(why.args()).containsExactly("91640202000000000K", "测试焦化有限公司（示例）");
        assertThat(why.parts(ListProblem.class)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ListField.USCC);
            assertThat(p.kind()).isEqualTo(ListProblem.Kind.USCC_TAKEN);
            assertThat(p.args()).containsExactly("测试焦化有限公司（示例）");
        });
        assertThat(list.rows()).hasSize(1);
    }

    @Test
    void aSaveOfAnOlderReadingIsRefusedNamingWhoChangedItAndWhenAndChangesNothing() {
        long id = list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("a")).value();
        StoredEnterprise first = list.find(id).orElseThrow();
        StoredEnterprise second = list.find(id).orElseThrow(); // two editors open on the same enterprise
        assertThat(list.save(first, coking("91640202000000000K", "0952-2"), cn.hazedesk.testing.Actors.all("甲")).isAccepted())
                .isTrue();
        assertThat(list.find(id).orElseThrow().version()).isGreaterThan(second.version());
        Outcome.Refusal why = list.save(second, coking("91640202000000000K", "0952-3"), cn.hazedesk.testing.Actors.all("乙"))
                .refusal().orElseThrow();
        assertThat(why.code()).isEqualTo(ListEditRefusal.CHANGED_MEANWHILE);
        assertThat(why.args()).containsExactly("测试焦化有限公司（示例）", "甲", "2026-12-10 16:30:00");
        cn.hazedesk.i18n.OutcomeText zh = new cn.hazedesk.i18n.OutcomeText(cn.hazedesk.i18n.Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.refusal(why)).isEqualTo("“测试焦化有限公司（示例）”在您打开之后已被 甲 于 2026-12-10 16:30:00 修改，"
                + "本次没有保存。请重新打开该企业（载入最新内容）后再修改。");
        cn.hazedesk.i18n.OutcomeText en = new cn.hazedesk.i18n.OutcomeText(cn.hazedesk.i18n.Messages.forLocale(java.util.Locale.ENGLISH));
        assertThat(en.refusal(why)).startsWith("“测试焦化有限公司（示例）” was changed by 甲 at 2026-12-10 16:30:00 after you opened it");
        assertThat(list.find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-2");
        assertThat(list.history("91640202000000000K")).extracting(h -> h.actor()).doesNotContain("乙");
        // reloaded, the second editor's change is saved
        assertThat(list.save(list.find(id).orElseThrow(), coking("91640202000000000K", "0952-3"),
                cn.hazedesk.testing.Actors.all("乙")).isAccepted()).isTrue();
        assertThat(list.find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-3");
    }

    @Test
    void anEditRecordsEachChangedFieldOldToNew() {
        long id = list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("a")).value();
        Enterprise edited = coking("91640202000000000K", "0952-2");
        assertThat(list.save(Optional.of(id), edited, cn.hazedesk.testing.Actors.all("b")).value()).isEqualTo(id);
        assertThat(list.find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-2");
        assertThat(list.history("91640202000000000K")).first().satisfies(h -> {
            assertThat(h.field()).isEqualTo("PHONE");
            assertThat(h.oldValue()).isEqualTo("0952-1");
            assertThat(h.newValue()).isEqualTo("0952-2");
            assertThat(h.actor()).isEqualTo("b");
        });
        // saving without a change writes nothing
        list.save(Optional.of(id), edited, cn.hazedesk.testing.Actors.all("b"));
        assertThat(list.history("91640202000000000K")).hasSize(2);
    }

    @Test
    void deletingRemovesLinesButKeepsTheHistory() {
        long id = list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("a")).value();
        assertThat(list.delete(id, cn.hazedesk.testing.Actors.all("a")).value()).isEqualTo("测试焦化有限公司（示例）");
        assertThat(list.rows()).isEmpty();
        assertThat(ctx.sampleData().summary().lines()).isZero();
        assertThat(list.history("91640202000000000K")).extracting(ChangeRecord::field).containsExactly("DELETED", "CREATED");
        assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("enterprise.delete"))).isEqualTo(1);
    }

    @Test
    void anEnterpriseDeletedMeanwhileIsRefusedNotFoundAndNothingIsWritten() {
        long id = list.save(Optional.empty(), coking("91640202000000000K", "0952-1"), cn.hazedesk.testing.Actors.all("a")).value();
        list.delete(id, cn.hazedesk.testing.Actors.all("a"));
        int audited = ctx.store().dsl().fetchCount(AUDIT_EVENT);
        Outcome.Refusal again = list.delete(id, cn.hazedesk.testing.Actors.all("b")).refusal().orElseThrow();
        assertThat(again.code()).isEqualTo(ListEditRefusal.NOT_FOUND);
        assertThat(again.parts()).isEmpty();
        Outcome.Refusal edit = list.save(Optional.of(id), coking("91640202000000000K", "0952-2"),
                cn.hazedesk.testing.Actors.all("b")).refusal().orElseThrow();
        assertThat(edit.code()).isEqualTo(ListEditRefusal.NOT_FOUND);
        assertThat(edit.args()).containsExactly(String.valueOf(id));
        assertThat(list.rows()).as("an edit of a deleted enterprise does not bring it back").isEmpty();
        assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT)).isEqualTo(audited);
        assertThat(new cn.hazedesk.i18n.OutcomeText(cn.hazedesk.i18n.Messages.forLocale(java.util.Locale.ENGLISH)).refusal(edit))
                .startsWith("This enterprise is no longer on the list");
    }

    static Enterprise coking(String uscc, String phone) {
        return new Enterprise(uscc, "测试焦化有限公司（示例）", "640202", "焦化", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                "大武口区长兴路1号", new BigDecimal("106.38"), new BigDecimal("39.01"), "张三", phone, "91640202XX001P",
                "重点管理", true, 40, "国五", List.of(
                new ProductionLine("1号焦炉", "焦炉", "60万吨/年", new BigDecimal("12.5"), new BigDecimal("40"),
                        new BigDecimal("8"), new BigDecimal("3"), List.of(
                        new LevelMeasure(WarningLevel.YELLOW, MeasureType.EXTEND_COKING, new BigDecimal("0.1"), "结焦时间延长至28小时"),
                        new LevelMeasure(WarningLevel.ORANGE, MeasureType.EXTEND_COKING, new BigDecimal("0.2"), "结焦时间延长至32小时"),
                        new LevelMeasure(WarningLevel.RED, MeasureType.STOP, BigDecimal.ONE, "停产"))),
                new ProductionLine("干熄焦装置", "干熄焦", "", new BigDecimal("3"), BigDecimal.ZERO, new BigDecimal("1"),
                        BigDecimal.ZERO, List.of())));
    }
}
