package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditChainSource;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.audit.AuditChain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Checks the audit trail's hash chain (docs/access.md): at each start, on the 操作记录 page, with {@code audit verify},
 * and against a code printed on a document ({@code audit verify --against CODE}).
 */
public final class AuditIntegrityService {
    /** Records handed to the checking thread at a time. */
    private static final int BATCH = 1000;
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
            hashedBeside(v::accept);
            AuditChainSource.Head h = source.head();
            return v.result(h.lastId(), h.lastHash());
        });
    }

    /**
     * Streams every record to {@code check} in id order, run on a second thread while this one reads the next records
     * (reading and hashing take about as long each: at a start with 100,000 records the two overlap). The reading stays
     * on the calling thread, in its transaction; {@code check} sees the records one by one, in order, on one thread.
     */
    private void hashedBeside(Consumer<AuditChain.Stored> check) {
        BlockingQueue<List<AuditChain.Stored>> queue = new ArrayBlockingQueue<>(8);
        List<AuditChain.Stored> end = List.of();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread hashing = new Thread(() -> {
            try {
                for (List<AuditChain.Stored> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
                    batch.forEach(check);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        }, "audit-chain-check");
        hashing.setDaemon(true);
        hashing.start();
        List<List<AuditChain.Stored>> pending = new ArrayList<>(1);
        pending.add(new ArrayList<>(BATCH));
        try {
            source.each(s -> {
                List<AuditChain.Stored> batch = pending.get(0);
                batch.add(s);
                if (batch.size() == BATCH) {
                    hand(queue, batch, hashing);
                    pending.set(0, new ArrayList<>(BATCH));
                    rethrow(failed.get()); // the check failed: stop reading
                }
            });
            if (!pending.get(0).isEmpty()) {
                hand(queue, pending.get(0), hashing);
            }
            hand(queue, end, hashing);
            hashing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit chain check was interrupted", e);
        } finally {
            if (hashing.isAlive()) {
                hashing.interrupt(); // the reading failed: the checking thread ends with it
            }
        }
        rethrow(failed.get());
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Hands a batch to the checking thread; stops waiting when that thread has ended (it failed). */
    private static void hand(BlockingQueue<List<AuditChain.Stored>> queue, List<AuditChain.Stored> batch, Thread hashing) {
        try {
            while (hashing.isAlive()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit chain check was interrupted", e);
        }
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
            hashedBeside(s -> {
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
