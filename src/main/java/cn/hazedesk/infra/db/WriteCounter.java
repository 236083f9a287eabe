package cn.hazedesk.infra.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the statements that may change something (everything but reads). */
final class WriteCounter implements ExecuteListener {
    private final AtomicLong writes;

    WriteCounter(AtomicLong writes) {
        this.writes = writes;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            writes.incrementAndGet();
        }
    }
}
