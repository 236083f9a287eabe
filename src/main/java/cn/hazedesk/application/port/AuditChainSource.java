package cn.hazedesk.application.port;

import cn.hazedesk.domain.audit.AuditChain;

import java.util.function.Consumer;

/** The stored audit records with their chain columns, for verification. */
public interface AuditChainSource {
    /** Every record in id order (streamed: 100,000 records never sit in memory). */
    void each(Consumer<AuditChain.Stored> sink);

    /** The head the store recorded: the last record's id and hash (0 and the genesis hash when there is none). */
    Head head();

    record Head(long lastId, String lastHash) {
    }
}
