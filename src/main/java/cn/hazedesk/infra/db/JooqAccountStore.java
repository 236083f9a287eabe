package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.AccountStore;
import cn.hazedesk.domain.access.Account;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.infra.db.generated.tables.records.AppUserRecord;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.APP_USER;

/** Users in table app_user. */
public final class JooqAccountStore implements AccountStore {
    private final JooqTransactions tx;
    private final ZoneId zone;

    public JooqAccountStore(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public Optional<Account> find(String name) {
        return tx.dsl().selectFrom(APP_USER).where(APP_USER.NAME.eq(name)).fetchOptional().map(this::account);
    }

    @Override
    public List<Account> all() {
        return tx.dsl().selectFrom(APP_USER).orderBy(APP_USER.NAME).fetch().map(this::account);
    }

    @Override
    public boolean anyEnabled(String roleKey) {
        return tx.dsl().fetchExists(APP_USER, APP_USER.ROLE.eq(roleKey).and(APP_USER.DISABLED.isFalse()));
    }

    @Override
    public long insert(Account a, Instant now) {
        return tx.dsl().insertInto(APP_USER)
                .set(APP_USER.NAME, a.name())
                .set(APP_USER.ROLE, a.roleKey())
                .set(APP_USER.DISTRICT_CODE, a.scope().districtCode())
                .set(APP_USER.PASSWORD_HASH, a.passwordHash())
                .set(APP_USER.MUST_CHANGE, a.mustChange())
                .set(APP_USER.DISABLED, a.disabled())
                .set(APP_USER.FAILED_ATTEMPTS, a.failedAttempts())
                .set(APP_USER.LOCKED_UNTIL, time(a.lockedUntil()))
                .set(APP_USER.CREATED_AT, time(now))
                .returning(APP_USER.ID).fetchSingle().getId();
    }

    @Override
    public void update(Account a, Instant now) {
        tx.dsl().update(APP_USER)
                .set(APP_USER.ROLE, a.roleKey())
                .set(APP_USER.DISTRICT_CODE, a.scope().districtCode())
                .set(APP_USER.PASSWORD_HASH, a.passwordHash())
                .set(APP_USER.MUST_CHANGE, a.mustChange())
                .set(APP_USER.DISABLED, a.disabled())
                .set(APP_USER.FAILED_ATTEMPTS, a.failedAttempts())
                .set(APP_USER.LOCKED_UNTIL, time(a.lockedUntil()))
                .set(APP_USER.UPDATED_AT, time(now))
                .where(APP_USER.ID.eq(a.id())).execute();
    }

    private Account account(AppUserRecord r) {
        return new Account(r.getId(), r.getName(), r.getRole(),
                r.getDistrictCode() == null ? Scope.CITY : Scope.district(r.getDistrictCode()), r.getPasswordHash(),
                r.getMustChange(), r.getDisabled(), r.getFailedAttempts(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().atZone(zone).toInstant());
    }

    private LocalDateTime time(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, zone);
    }
}
