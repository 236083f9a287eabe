package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditChainSource;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.audit.AuditChain;

import java.util.Optional;

/**
 * Checks the audit trail's hash chain (docs/access.md): at each start, on the 操作记录 page, with {@code audit verify},
 * and against a code printed on a document ({@code audit verify --against CODE}).
 */
public final class AuditIntegrityService {
    private final Transactions tx;
    private final AuditChainSource source;

    public AuditIntegrityService(Transactions tx, AuditChainSource source) {
        this.tx = tx;
        this.source = source;
    }

    /** The whole chain: whole, or the first record that does not fit. */
    public AuditChain.Verdict verify() {
        return tx.inTransaction(() -> {
            AuditChain.Verifier v = new AuditChain.Verifier();
            source.each(v::accept);
            AuditChainSource.Head h = source.head();
            return v.result(h.lastId(), h.lastHash());
        });
    }

    /** The code of the chain's head as documents print it (记录校验码); empty when the chain is broken. */
    public Optional<String> headCode() {
        return tx.inTransaction(() -> {
            AuditChainSource.Head h = source.head();
            return h.lastId() == 0 ? Optional.<String>empty() : Optional.of(AuditChain.code(h.lastId(), h.lastHash()));
        });
    }

    /** What a printed code says about the stored chain. */
    public enum CodeCheck {
        /** The chain is whole and the code is the hash of its record: the record and all before it are as printed. */
        BELONGS,
        /** The record exists but its hash is another: the chain was rewritten after the code was printed. */
        REWRITTEN,
        /** No record with that id: records were deleted (or the code comes from another data folder). */
        NO_SUCH_RECORD,
        /** The text is not a code. */
        NOT_A_CODE,
        /** The chain itself is broken (see {@link #verify}). */
        CHAIN_BROKEN
    }

    public record AgainstCode(CodeCheck outcome, AuditChain.Verdict verdict) {
    }

    public AgainstCode verifyAgainst(String code) {
        Optional<AuditChain.Code> parsed = AuditChain.Code.parse(code);
        if (parsed.isEmpty()) {
            return new AgainstCode(CodeCheck.NOT_A_CODE, null);
        }
        AuditChain.Code c = parsed.get();
        return tx.inTransaction(() -> {
            AuditChain.Verifier v = new AuditChain.Verifier().remember(c.id());
            boolean[] seen = {false};
            source.each(s -> {
                seen[0] |= s.entry().id() == c.id();
                v.accept(s);
            });
            AuditChainSource.Head h = source.head();
            AuditChain.Verdict verdict = v.result(h.lastId(), h.lastHash());
            if (!seen[0]) {
                return new AgainstCode(CodeCheck.NO_SUCH_RECORD, verdict);
            }
            Optional<String> hash = v.hashOf(c.id());
            if (hash.isEmpty()) {
                return new AgainstCode(CodeCheck.CHAIN_BROKEN, verdict);
            }
            if (!hash.get().startsWith(c.hashPrefix())) {
                return new AgainstCode(CodeCheck.REWRITTEN, verdict);
            }
            return new AgainstCode(verdict.whole() ? CodeCheck.BELONGS : CodeCheck.CHAIN_BROKEN, verdict);
        });
    }
}
