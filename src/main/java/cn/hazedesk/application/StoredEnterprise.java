package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.Enterprise;

/**
 * An enterprise as stored: its database id, whether it is sample data, its content, and the version of its row
 * (raised by every change of it: a save based on an older version is refused, see
 * {@link EnterpriseListService#save(StoredEnterprise, Enterprise, cn.hazedesk.domain.access.Actor)}).
 */
public record StoredEnterprise(long id, boolean sample, Enterprise enterprise, long version) {
}
