package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.AuditFilter;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.domain.reduction.SmallList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless commands that change data sign in (issue 14 point 3): {@code permits import} and {@code restore} are
 * refused without {@code --user}, with a wrong password and for a role (or a district scope) that may not, each with
 * one sentence and exit 2, and write nothing; read-only commands run without a sign-in in a folder that has users.
 */
class SignedInCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static String[] with(String[] creds, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(creds));
        return all.toArray(String[]::new);
    }

    /** The first administrator's arguments (made by {@link CliTest#user}). */
    private static String[] admin(Path data) {
        return new String[]{"--user", "管理员", "--password-file",
                data.resolveSibling(data.getFileName() + "-passwords").resolve("admin.pw").toString()};
    }

    private String[] wrongPassword(String user) throws Exception {
        return new String[]{"--user", user, "--password-file", Files.writeString(dir.resolve("wrong.pw"), "Wrong2026pw\n").toString()};
    }

    private static List<AuditEntry> records(Path data, String action) {
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            return ctx.auditQuery().firstPage(AuditFilter.ALL.withAction(action)).entries();
        }
    }

    private static int enterprises(Path data) {
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            return ctx.enterprises().summary().enterprises();
        }
    }

    private Path register() throws Exception {
        String code = PermitsCommandTest.code("91640202MA0000001");
        return Files.writeString(dir.resolve("register.csv"), "\uFEFF许可证编号,单位名称,统一社会信用代码,管理类别\n"
                + code + "001P,甲水泥（测试）," + code + ",重点管理\n");
    }

    @Test
    void permitsImportIsRefusedWithoutASignInOfACityListMaintainerAndStoresNothing() throws Exception {
        Path data = dir.resolve("data");
        String[] maintainer = CliTest.maintainer(data);
        String[] duty = CliTest.user(data, "值班员甲", "DUTY_OFFICER", null);
        String[] district = CliTest.user(data, "惠农清单员", "LIST_MAINTAINER", "惠农区");
        Path file = register();

        CliTest.Run none = CliTest.run(CLOCK, "permits", "import", file.toString(), "--data-dir", data.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err().lines()).containsExactly(
                "这个命令会修改数据，需要登录：请加 --user 用户名，并加 --password-file 密码文件（或在控制台输入密码）。");

        CliTest.Run role = CliTest.run(CLOCK, with(duty, "permits", "import", file.toString(), "--data-dir", data.toString()));
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err().lines()).containsExactly("您的角色不能导入排污许可名录。");

        CliTest.Run scope = CliTest.run(CLOCK, with(district, "permits", "import", file.toString(), "--data-dir", data.toString()));
        assertThat(scope.exit()).isEqualTo(2);
        assertThat(scope.err().lines()).containsExactly("您只能处理本区县的数据，不能导入排污许可名录。");

        CliTest.Run wrong = CliTest.run(CLOCK, with(wrongPassword("清单员"), "permits", "import", file.toString(),
                "--data-dir", data.toString(), "--lang", "en"));
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString().startsWith("Wrong user name or password");

        // nothing was stored by any of them
        CliTest.Run check = CliTest.run(CLOCK, "permits", "check", "--data-dir", data.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("尚未导入排污许可名录");
        assertThat(records(data, "permit.import")).isEmpty();

        CliTest.Run ok = CliTest.run(CLOCK, with(maintainer, "permits", "import", file.toString(), "--data-dir", data.toString()));
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).startsWith("已导入排污许可名录 1 条");
        assertThat(records(data, "permit.import")).singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo("清单员"));
    }

    @Test
    void restoreNeedsAnAdministratorAndARefusedRestoreChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        String[] maintainer = CliTest.maintainer(data);
        CliTest.Run made = CliTest.run(CLOCK, "backup", "--data-dir", data.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        Path zip = data.resolve("backups/hazedesk-20261210-163000-manual.zip");
        BackupInfo backup;
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            backup = ctx.backups().list().get(0);
            ctx.transactions().inTransaction(() -> {
                ctx.enterprises().insertAll(SmallList.enterprises(), false);
                return null;
            });
        }
        assertThat(backup.file()).isEqualTo(zip);
        assertThat(backup.enterprises()).isZero();
        assertThat(enterprises(data)).isEqualTo(7);

        CliTest.Run none = CliTest.run(CLOCK, "restore", zip.toString(), "--data-dir", data.toString(), "--lang", "en");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err().lines()).containsExactly("This command changes data and needs a sign-in: add --user NAME and "
                + "--password-file FILE (or type the password at the console).");
        CliTest.Run role = CliTest.run(CLOCK, with(maintainer, "restore", zip.toString(), "--data-dir", data.toString()));
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err().lines()).containsExactly("您的角色不能恢复备份。");
        CliTest.Run wrong = CliTest.run(CLOCK, with(wrongPassword("管理员"), "restore", zip.toString(), "--data-dir", data.toString()));
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString().startsWith("用户名或密码不对");

        // the data is as it was, nothing was kept aside, no backup was added
        assertThat(enterprises(data)).isEqualTo(7);
        assertThat(data.resolve("damaged")).doesNotExist();
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip"))).containsExactly(zip);
        }

        CliTest.Run ok = CliTest.run(CLOCK, with(admin(data), "restore", zip.toString(), "--data-dir", data.toString()));
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out().lines()).first().asString().isEqualTo("已恢复 " + zip + "：0 家企业，0 条生产线，数据库第 "
                + backup.schemaVersion() + " 版，记录校验码 " + backup.auditCode() + "。");
        assertThat(enterprises(data)).isZero();
        // the restore is the restored trail's newest record, by the administrator, and the chain is whole
        assertThat(records(data, "backup.restore")).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("管理员");
            assertThat(r.subject()).isEqualTo(zip.getFileName().toString());
            cn.hazedesk.domain.audit.AuditDetail d = cn.hazedesk.domain.audit.AuditDetail.read(r.detail()).orElseThrow();
            assertThat(d.field("code")).contains(backup.auditCode());
            assertThat(d.field("previous").orElseThrow()).startsWith("hazedesk-20261210-163000-before-restore");
        });
        CliTest.Run verify = CliTest.run(CLOCK, "audit", "verify", "--data-dir", data.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        // the backup's code still belongs to the restored trail, which goes on from it
        assertThat(CliTest.run(CLOCK, "audit", "verify", "--against", backup.auditCode(), "--data-dir", data.toString()).exit())
                .isZero();
    }

    @Test
    void readOnlyCommandsRunWithoutASignInInAFolderWithUsers() throws Exception {
        Path data = dir.resolve("data");
        CliTest.maintainer(data);
        try (AppContext ctx = AppContext.open(data, CLOCK)) {
            ctx.transactions().inTransaction(() -> {
                ctx.enterprises().insertAll(SmallList.enterprises(), false);
                return null;
            });
        }
        String d = data.toString();
        for (String[] args : new String[][]{{"backup", "--data-dir", d}, {"backup", "list", "--data-dir", d},
                {"backup", dir.resolve("usb.zip").toString(), "--data-dir", d}, {"audit", "verify", "--data-dir", d},
                {"reduction", "--level", "red", "--data-dir", d},
                {"list", "export", dir.resolve("list.xlsx").toString(), "--data-dir", d},
                {"orders", "--level", "red", "--confirm", "--pdf", dir.resolve("orders.pdf").toString(), "--data-dir", d}}) {
            CliTest.Run r = CliTest.run(CLOCK, args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("登录");
        }
        assertThat(dir.resolve("usb.zip")).isRegularFile();
        assertThat(dir.resolve("orders.pdf")).isRegularFile();
    }
}
