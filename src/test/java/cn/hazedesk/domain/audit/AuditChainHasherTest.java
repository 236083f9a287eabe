package cn.hazedesk.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification's reused hasher gives exactly the hash every record was written with. */
class AuditChainHasherTest {
    @Test
    void theReusedHasherGivesTheSameHashesAsTheAppend() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 10, 16, 30, 0, 123_456_000);
        List<AuditChain.Entry> entries = List.of(
                new AuditChain.Entry(1, t, "值班员甲", "episode.publish", "2026年第1号（演练）", "黄色 → 橙色", 7L),
                new AuditChain.Entry(2, t.plusSeconds(1), null, "", null, null, null),
                new AuditChain.Entry(3, t.plusNanos(1000), "a:b;c", "x", "5:abc;", "emoji 😀 and 𠀀 count as two chars", null),
                new AuditChain.Entry(Long.MAX_VALUE, t, "A", "B", "C", "D".repeat(5000), Long.MIN_VALUE));
        AuditChain.Hasher hasher = new AuditChain.Hasher();
        String previous = AuditChain.GENESIS;
        for (AuditChain.Entry e : entries) {
            String expected = AuditChain.hash(previous, e);
            assertThat(hasher.hash(previous, e)).as("record %d", e.id()).isEqualTo(expected);
            previous = expected;
        }
        // and differs when any field moves a character to its neighbour
        assertThat(hasher.hash(AuditChain.GENESIS, new AuditChain.Entry(9, t, "ab", "c", "", "", null)))
                .isNotEqualTo(hasher.hash(AuditChain.GENESIS, new AuditChain.Entry(9, t, "a", "bc", "", "", null)));
    }
}
