package cn.hazedesk.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored form of an audit detail: canonical, read back field for field, and free text is not taken for one. */
class AuditDetailTest {
    @Test
    void theStoredFormIsCanonicalAndReadsBackFieldForField() {
        AuditDetail d = AuditDetail.of("order.inspect").with("enterprise", "石嘴山市&某某=焦化%有限公司")
                .with("uscc", "91640200MA76P4J28G").with("finding", "第一行\n第二行\t完").with("photo", null)
                .with("at", Instant.parse("2026-12-01T02:00:00Z")).with("round", 2);
        assertThat(d.stored()).isEqualTo("ad1:order.inspect&enterprise=石嘴山市%26某某%3D焦化%25有限公司"
                + "&uscc=91640200MA76P4J28G&finding=第一行%0A第二行%09完&at=2026-12-01T02:00:00Z&round=2");
        assertThat(AuditDetail.read(d.stored())).contains(d);
        assertThat(AuditDetail.read(d.stored()).orElseThrow().fields().keySet())
                .containsExactly("enterprise", "uscc", "finding", "at", "round");
        // the same detail built again gives the same text (the hash chain covers it)
        assertThat(AuditDetail.of("order.inspect").with("enterprise", "石嘴山市&某某=焦化%有限公司")
                .with("uscc", "91640200MA76P4J28G").with("finding", "第一行\n第二行\t完")
                .with("at", Instant.parse("2026-12-01T02:00:00Z")).with("round", 2).stored()).isEqualTo(d.stored());
        assertThat(AuditDetail.read(AuditDetail.NONE.stored())).contains(AuditDetail.NONE);
    }

    @Test
    void freeTextOfOlderRecordsIsNotTakenForADetail() {
        assertThat(AuditDetail.read("round 2: 62 orders")).isEmpty();
        assertThat(AuditDetail.read("proposal 1 ISSUE city=ORANGE\nbefore: DRAFT\nafter: DRAFT_ISSUE_PENDING")).isEmpty();
        assertThat(AuditDetail.read("")).isEmpty();
        assertThat(AuditDetail.read(null)).isEmpty();
        assertThat(AuditDetail.read("ad1:x&broken")).isEmpty();
        assertThat(AuditDetail.read("ad1:x&a=%4")).isEmpty();
    }

    @Test
    void kindsAndFieldNamesAreCodes() {
        assertThatThrownBy(() -> AuditDetail.of("a kind")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditDetail.of("k").with("a=b", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
