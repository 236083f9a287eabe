package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.audit.AuditChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static cn.hazedesk.infra.db.generated.Tables.AUDIT_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of the audit chain in every backup's manifest (issue 14 point 4): the record code written beside the backup
 * is the one AuditIntegrityService gives at that moment, {@code backup list} shows it, {@code audit verify --against}
 * accepts it later, and it catches a trail rewritten afterwards with a recomputed chain that {@code audit verify}
 * alone finds whole.
 */
class BackupAuditCodeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static void records(AppContext ctx, int n, String what) {
        ctx.transactions().inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                ctx.auditLog().record(CLOCK.instant().plusSeconds(i), "值班员甲", "enterprise.update",
                        "91640202MA000000" + i + "X", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", what + " " + i));
            }
            return null;
        });
    }

    private static Properties manifest(Path zip) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(zip.resolveSibling(zip.getFileName() + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void theManifestKeepsTheHeadsCodeWhichLaterCatchesARecomputedChain() throws Exception {
        Path data = dir.resolve("data");
        String atBackup;
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            records(ctx, 25, "before the backup");
            atBackup = ctx.auditIntegrity().headCode().orElseThrow();
        }
        CliTest.Run made = CliTest.run(CLOCK, "backup", "--data-dir", data.toString(), "--lang", "en");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("record code " + atBackup + ".");
        Path zip = data.resolve("backups/hazedesk-20261210-163000-manual.zip");
        assertThat(manifest(zip).getProperty("auditHead")).isEqualTo(atBackup);
        assertThat(CliTest.run(CLOCK, "backup", "list", "--data-dir", data.toString()).out().lines())
                .singleElement().satisfies(l -> assertThat(l.split("\t")).contains(atBackup));

        // the work goes on: the code of the backup still belongs to the trail
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            records(ctx, 10, "after the backup");
            assertThat(ctx.auditIntegrity().headCode()).isPresent().get().isNotEqualTo(atBackup);
        }
        CliTest.Run belongs = CliTest.run(CLOCK, "audit", "verify", "--against", atBackup, "--data-dir", data.toString());
        assertThat(belongs.exit()).as(belongs.out()).isZero();
        assertThat(belongs.out().trim()).isEqualTo("记录校验码 " + atBackup + " 属于当前操作记录：该记录及其之前的记录与打印时一致。");

        // someone with an H2 client edits the first record and recomputes every hash and the head
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            var d = ctx.transactions().dsl();
            long first = d.select(org.jooq.impl.DSL.min(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1();
            d.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "别人").where(AUDIT_EVENT.ID.eq(first)).execute();
            String previous = AuditChain.GENESIS;
            long last = 0;
            for (var r : d.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch()) {
                String hash = AuditChain.hash(previous, new AuditChain.Entry(r.getId(), r.getOccurredAt(), r.getActor(),
                        r.getAction(), r.getSubject(), r.getDetail(), r.getEpisodeId()));
                d.update(AUDIT_EVENT).set(AUDIT_EVENT.PREV_HASH, previous).set(AUDIT_EVENT.HASH, hash)
                        .where(AUDIT_EVENT.ID.eq(r.getId())).execute();
                previous = hash;
                last = r.getId();
            }
            d.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_ID, last).set(AUDIT_HEAD.LAST_HASH, previous).execute();
        }
        CliTest.Run whole = CliTest.run(CLOCK, "audit", "verify", "--data-dir", data.toString());
        assertThat(whole.exit()).as("a recomputed chain is whole in itself").isZero();
        CliTest.Run caught = CliTest.run(CLOCK, "audit", "verify", "--against", manifest(zip).getProperty("auditHead"),
                "--data-dir", data.toString());
        assertThat(caught.exit()).isEqualTo(1);
        assertThat(caught.out().trim()).isEqualTo("记录校验码 " + atBackup + " 与当前操作记录不符：打印之后操作记录被改写过。");
    }

    @Test
    void aBackupOfAFolderWithoutRecordsSaysItHasNoCode() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            assertThat(ctx.auditIntegrity().headCode()).isEmpty();
        }
        CliTest.Run made = CliTest.run(CLOCK, "backup", "--data-dir", data.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out().trim()).endsWith("记录校验码 无（备份中没有操作记录）。");
        assertThat(CliTest.run(CLOCK, "backup", "list", "--data-dir", data.toString()).out().lines())
                .singleElement().satisfies(l -> assertThat(l.split("\t")[7]).isEqualTo("-"));
    }
}
