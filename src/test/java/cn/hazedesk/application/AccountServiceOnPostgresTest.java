package cn.hazedesk.application;

import cn.hazedesk.testing.OnPostgres;

/** {@link AccountServiceTest} on PostgreSQL (shared mode): the same tests, the same code, the other engine. */
@OnPostgres
class AccountServiceOnPostgresTest extends AccountServiceTest {
}
