package cn.hazedesk.infra.db;

import cn.hazedesk.testing.OnPostgres;

/** {@link JooqEpisodeStoreTest} on PostgreSQL (shared mode): the same tests, the same code, the other engine. */
@OnPostgres
class JooqEpisodeStoreOnPostgresTest extends JooqEpisodeStoreTest {
}
