package cn.hazedesk.domain.permit;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.uscc.Uscc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The permit register's row checks and the list's cross-check, on hand-made rows. */
class PermitCrossCheckTest {
    private static String code(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    private static final String A = code("91640202MA0000001");
    private static final String B = code("91640205MA0000002");

    private static Enterprise firm(String uscc, String permit) {
        return new Enterprise(uscc, "企业" + uscc.substring(14), "640202", "水泥", PerformanceGrade.B, ControlType.KEY_INDUSTRY,
                null, null, null, null, null, permit, null, false, null, null, List.of());
    }

    @Test
    void codesAndPermitNumbersAreComparedAsTheListWritesThemNormalised() {
        // full-width letters, spaces, lower case: the same code and permit
        PermitRegister.Checked c = PermitRegister.check(List.of(
                new PermitRow(2, " " + A.toLowerCase() + "００１p ", "甲", A.substring(0, 6) + " " + A.substring(6), "重点管理")));
        assertThat(c.clean()).isTrue();
        assertThat(c.entries()).containsExactly(new PermitEntry(A + "001P", "甲", A, "重点管理"));
        PermitCrossCheck.Report r = PermitCrossCheck.check(c.entries(), List.of(firm(A, A + "001p")));
        assertThat(r.clean()).isTrue();
    }

    @Test
    void aUnitWithTwoPermitsMatchesEitherAndAListEntryWithoutAPermitNumberIsAMismatch() {
        List<PermitEntry> register = List.of(new PermitEntry(A + "001P", "甲", A, "重点管理"),
                new PermitEntry(A + "002P", "甲", A, "简化管理"), new PermitEntry(B + "001P", "乙", B, "重点管理"));
        PermitCrossCheck.Report r = PermitCrossCheck.check(register, List.of(firm(A, A + "002P"), firm(B, null)));
        assertThat(r.missingFromList()).isEmpty();
        assertThat(r.permitMismatch()).singleElement().satisfies(m -> {
            assertThat(m.enterprise().uscc()).isEqualTo(B);
            assertThat(m.register().permitNumber()).isEqualTo(B + "001P");
        });
        assertThat(r.usccMismatch()).isEmpty();
        // an empty register: nothing on the list is a finding, nothing is missing
        assertThat(PermitCrossCheck.check(List.of(), List.of(firm(A, null))).clean()).isTrue();
    }

    @Test
    void everyBadRowIsNamedAndNothingIsTaken() {
        PermitRegister.Checked c = PermitRegister.check(List.of(
                new PermitRow(3, A + "001P", "甲", A, ""),
                new PermitRow(4, "", "乙", "", ""),
                new PermitRow(5, A + "001P", "丙", "123", "")));
        assertThat(c.clean()).isFalse();
        assertThat(c.entries()).isEmpty();
        assertThat(c.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.reason()).containsExactly(
                "4 PERMIT_NUMBER MISSING", "4 USCC MISSING", "5 PERMIT_NUMBER DUPLICATE_PERMIT", "5 USCC INVALID_USCC");
    }
}
