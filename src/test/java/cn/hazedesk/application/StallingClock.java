package cn.hazedesk.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test clock that makes two seats' transactions overlap. A thread that {@link #arm}s it stops at its next reading
 * of the clock — the services read it inside their transaction, after they found what they change — until the other
 * armed seat reads it too, or {@link #PATIENCE} has passed. Code that reads both seats' state before either writes
 * thus runs both on the same reading; code that locks what it changes makes the second seat wait for the first one's
 * commit instead, and the first one goes on alone after the patience.
 */
final class StallingClock extends Clock {
    static final Duration PATIENCE = Duration.ofSeconds(2);
    private volatile Instant now;
    private final ZoneId zone;
    private final ThreadLocal<Boolean> armed = new ThreadLocal<>();
    private volatile CountDownLatch meeting = new CountDownLatch(0);
    private volatile CountDownLatch firstArrived = new CountDownLatch(0);

    StallingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    /** The next meeting of {@code seats} armed threads. */
    void expect(int seats) {
        meeting = new CountDownLatch(seats);
        firstArrived = new CountDownLatch(1);
    }

    /** This thread's next reading of the clock waits for the meeting. */
    void arm() {
        armed.set(Boolean.TRUE);
    }

    /** Waits until the first armed thread read the clock (it is inside its transaction). */
    void awaitFirst() throws InterruptedException {
        if (!firstArrived.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the first seat never reached its transaction");
        }
    }

    @Override
    public Instant instant() {
        if (armed.get() != null) {
            armed.remove();
            firstArrived.countDown();
            meeting.countDown();
            try {
                meeting.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        throw new UnsupportedOperationException("one zone in these tests");
    }
}
