package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.access.AccountRefusal;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.domain.common.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static cn.hazedesk.infra.db.generated.Tables.APP_USER;
import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts on a real H2 file: the first administrator, users, wrong passwords, lock-out, passwords never kept. */
class AccountServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private static Enum<?> refusal(Outcome<?> o) {
        return o.refusal().orElseThrow().code();
    }

    @Test
    void theFirstAdministratorOnlyOnceThenUsersWithRolesScopesAndFirstPasswords() throws Exception {
        try (AppContext ctx = AppContext.open(dir, clock)) {
            AccountService accounts = ctx.accounts();
            assertThat(accounts.hasAdministrator()).isFalse();
            assertThat(refusal(accounts.createFirstAdministrator("王管理", pw("short1")))).isEqualTo(AccountRefusal.PASSWORD_TOO_SHORT);
            assertThat(refusal(accounts.createFirstAdministrator("王管理", pw("onlyletters")))).isEqualTo(AccountRefusal.PASSWORD_LETTERS_AND_DIGITS);
            Actor admin = accounts.createFirstAdministrator("王管理", pw("Admin2026!")).value();
            assertThat(accounts.hasAdministrator()).isTrue();
            assertThat(refusal(accounts.createFirstAdministrator("另一个", pw("Other2026!")))).isEqualTo(AccountRefusal.ADMIN_EXISTS);

            assertThat(accounts.addUser(admin, "李值班", "DUTY_OFFICER", Scope.CITY, pw("First2026")).isAccepted()).isTrue();
            assertThat(accounts.addUser(admin, "张清单", "LIST_MAINTAINER", Scope.district("640205"), pw("First2026")).isAccepted()).isTrue();
            assertThat(refusal(accounts.addUser(admin, "李值班", "DUTY_OFFICER", Scope.CITY, pw("First2026")))).isEqualTo(AccountRefusal.NAME_TAKEN);
            assertThat(refusal(accounts.addUser(admin, "赵审签", "SIGNATORY_CLERK", Scope.district("640205"), pw("First2026"))))
                    .as("the approval clerk acts for the city").isEqualTo(AccountRefusal.SCOPE_NOT_FOR_ROLE);
            assertThat(refusal(accounts.addUser(admin, "钱", "NO_SUCH_ROLE", Scope.CITY, pw("First2026")))).isEqualTo(AccountRefusal.UNKNOWN_ROLE);
            assertThat(refusal(accounts.addUser(admin, "孙", "DUTY_OFFICER", Scope.district("110101"), pw("First2026")))).isEqualTo(AccountRefusal.UNKNOWN_DISTRICT);

            var first = accounts.signIn("张清单", pw("First2026")).value();
            assertThat(first.mustChangePassword()).isTrue();
            assertThat(first.actor().scope().districtCode()).isEqualTo("640205");
            Actor duty = accounts.signIn("李值班", pw("First2026")).value().actor();
            assertThat(refusal(accounts.addUser(duty, "周", "DUTY_OFFICER", Scope.CITY, pw("First2026")))).isEqualTo(cn.hazedesk.domain.access.AccessRefusal.ROLE);

            assertThat(refusal(accounts.changePassword("张清单", pw("First2026"), pw("First2026")))).isEqualTo(AccountRefusal.PASSWORD_UNCHANGED);
            assertThat(accounts.changePassword("张清单", pw("First2026"), pw("Mine2026x")).isAccepted()).isTrue();
            assertThat(accounts.signIn("张清单", pw("Mine2026x")).value().mustChangePassword()).isFalse();

            // the password is kept only as an Argon2id hash, and nowhere in the audit trail
            var stored = ctx.store().dsl().selectFrom(APP_USER).fetch();
            assertThat(stored).allSatisfy(u -> assertThat(u.getPasswordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
            assertThat(ctx.store().dsl().selectFrom(AUDIT_EVENT).fetch().map(r -> r.getDetail() + r.getSubject()))
                    .noneMatch(t -> t.contains("First2026") || t.contains("Mine2026x") || t.contains("Admin2026"));
        }
        // nor in the database file or the log
        for (Path f : Files.walk(dir).filter(Files::isRegularFile).toList()) {
            String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(f.toString()).doesNotContain("First2026").doesNotContain("Mine2026x").doesNotContain("Admin2026");
        }
    }

    @Test
    void wrongPasswordsLockTheAccountForAWhileAndEachAttemptIsRecorded() {
        try (AppContext ctx = AppContext.open(dir, clock)) {
            AccountService accounts = ctx.accounts();
            Actor admin = accounts.createFirstAdministrator("王管理", pw("Admin2026!")).value();
            accounts.addUser(admin, "李值班", "DUTY_OFFICER", Scope.CITY, pw("First2026"));
            for (int left = 4; left >= 1; left--) {
                Outcome<?> o = accounts.signIn("李值班", pw("wrong0000"));
                assertThat(refusal(o)).isEqualTo(AccountRefusal.WRONG_PASSWORD);
                assertThat(o.refusal().orElseThrow().args()).containsExactly(String.valueOf(left));
            }
            Outcome<?> fifth = accounts.signIn("李值班", pw("wrong0000"));
            assertThat(refusal(fifth)).isEqualTo(AccountRefusal.LOCKED);
            assertThat(fifth.refusal().orElseThrow().args()).containsExactly("2026-12-10 16:45");
            assertThat(refusal(accounts.signIn("李值班", pw("First2026")))).as("even the right password while locked")
                    .isEqualTo(AccountRefusal.LOCKED);
            clock.advance(Duration.ofMinutes(16));
            assertThat(accounts.signIn("李值班", pw("First2026")).isAccepted()).isTrue();
            assertThat(refusal(accounts.signIn("无此人", pw("First2026")))).as("an unknown name reads like a wrong password")
                    .isEqualTo(AccountRefusal.WRONG_PASSWORD);

            assertThat(accounts.setDisabled(admin, "李值班", true).isAccepted()).isTrue();
            assertThat(refusal(accounts.signIn("李值班", pw("First2026")))).isEqualTo(AccountRefusal.DISABLED);
            assertThat(refusal(accounts.setDisabled(admin, "王管理", true))).isEqualTo(AccountRefusal.LAST_ADMINISTRATOR);
            assertThat(accounts.resetPassword(admin, "李值班", pw("Again2026")).value().mustChange()).isTrue();

            assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("user.signInFailed"))).isEqualTo(8);
            assertThat(ctx.store().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("user.locked"))).isEqualTo(1);
            assertThat(ctx.auditIntegrity().verify().whole()).isTrue();
        }
    }
}
