package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.Enterprise;

/** An enterprise as stored: its database id, whether it is sample data, and its content. */
public record StoredEnterprise(long id, boolean sample, Enterprise enterprise) {
}
