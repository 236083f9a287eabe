package cn.hazedesk.infra.db;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.AuditFilter;
import cn.hazedesk.domain.audit.AuditDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structured detail on a real H2 file: stored in the detail column in its canonical form, read back equal after
 * the folder is opened again, and the hash chain over it verifies.
 */
class AuditDetailStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void aStructuredDetailSurvivesStoreReadAndChainVerify() {
        AuditDetail d = AuditDetail.of("order.inspect").with("enterprise", "宁夏某焦化有限公司 & 分厂")
                .with("uscc", "91640200MA76P4J28G").with("finding", "未停产；现场\n有烟=黑").with("photo", "photos/1/2.jpg");
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.transactions().inTransaction(() -> {
                ctx.auditLog().record(CLOCK.instant(), "督查员", "order.noncompliant", "演练过程", d, 1);
                return null;
            });
        }
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            List<AuditEntry> all = ctx.auditQuery().firstPage(AuditFilter.ALL).entries();
            AuditEntry e = all.stream().filter(x -> x.action().equals("order.noncompliant")).findFirst().orElseThrow();
            assertThat(e.detail()).isEqualTo(d.stored());
            assertThat(AuditDetail.read(e.detail())).contains(d);
            assertThat(ctx.auditIntegrity().verify().whole()).isTrue();
        }
    }
}
