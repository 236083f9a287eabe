package cn.hazedesk.infra.db;

import cn.hazedesk.testing.OnPostgres;

/** {@link JooqTransactionsTest} on PostgreSQL (shared mode): the same tests, the same code, the other engine. */
@OnPostgres
class JooqTransactionsOnPostgresTest extends JooqTransactionsTest {
}
