package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.MetaStore;

import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.APP_META;

public final class JooqMetaStore implements MetaStore {
    private final JooqTransactions tx;

    public JooqMetaStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> get(String key) {
        return tx.dsl().select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(key))
                .fetchOptional(APP_META.META_VALUE);
    }

    @Override
    public void put(String key, String value) {
        tx.dsl().mergeInto(APP_META).using(tx.dsl().selectOne())
                .on(APP_META.META_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_META.META_VALUE, value)
                .whenNotMatchedThenInsert(APP_META.META_KEY, APP_META.META_VALUE).values(key, value)
                .execute();
    }
}
