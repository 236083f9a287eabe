package cn.hazedesk.application.port;

import cn.hazedesk.domain.access.Account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users of a data folder (table app_user). */
public interface AccountStore {
    Optional<Account> find(String name);

    List<Account> all();

    /** True when an enabled account of the role exists. */
    boolean anyEnabled(String roleKey);

    long insert(Account a, Instant now);

    void update(Account a, Instant now);
}
