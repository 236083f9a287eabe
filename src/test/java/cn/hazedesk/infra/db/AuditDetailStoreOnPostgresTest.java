package cn.hazedesk.infra.db;

import cn.hazedesk.testing.OnPostgres;

/** {@link AuditDetailStoreTest} on PostgreSQL (shared mode). */
@OnPostgres
class AuditDetailStoreOnPostgresTest extends AuditDetailStoreTest {
}
