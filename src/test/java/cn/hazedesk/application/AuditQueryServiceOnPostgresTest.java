package cn.hazedesk.application;

import cn.hazedesk.testing.OnPostgres;

/** {@link AuditQueryServiceTest} on PostgreSQL (shared mode): the same tests, the same code, the other engine. */
@OnPostgres
class AuditQueryServiceOnPostgresTest extends AuditQueryServiceTest {
}
