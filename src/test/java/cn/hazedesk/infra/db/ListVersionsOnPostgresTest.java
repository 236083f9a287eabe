package cn.hazedesk.infra.db;

import cn.hazedesk.testing.OnPostgres;

/** {@link ListVersionsTest} on PostgreSQL (shared mode): the same list versions, the same jOOQ code. */
@OnPostgres
class ListVersionsOnPostgresTest extends ListVersionsTest {
}
