package cn.hazedesk.domain.uscc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"91110000600037341L", "121200004013590816", "91310115MA1K3BTP2B", "9144030071526726XG",
            "91620105L015101280", "91340600MA2PBM9HXD",
            // synthetic Shizuishan-area codes (docs/uscc.md)
            "91640202000000000K", "916402050000000012", "92640221MA76ABCDEQ"})
    void publishedVectorsAreValid(String code) {
        UsccCheck c = Uscc.check(code);
        assertThat(c.valid()).as(c.problem().toString()).isTrue();
        assertThat(c.normalized()).isEqualTo(code);
    }

    @Test
    void wrongCheckCharacterNamesTheExpectedOne() {
        UsccCheck c = Uscc.check("91110000600037341N");
        assertThat(c.valid()).isFalse();
        UsccProblem p = c.problem().orElseThrow();
        assertThat(p.kind()).isEqualTo(UsccProblem.Kind.CHECK_DIGIT);
        assertThat(p.expectedCheck()).isEqualTo('L');
        assertThat(p.actualCheck()).isEqualTo('N');
    }

    @Test
    void forbiddenLettersAreReportedAtTheirPosition() {
        UsccProblem p = Uscc.check("9111000060003IOZSV").problem().orElseThrow();
        assertThat(p.kind()).isEqualTo(UsccProblem.Kind.CHARACTER);
        assertThat(p.position()).isEqualTo(14);
        assertThat(p.character()).isEqualTo('I');
    }

    @ParameterizedTest
    @CsvSource({"12345,5", "91110000600037341LL,19"})
    void wrongLengthIsReported(String code, int length) {
        UsccProblem p = Uscc.check(code).problem().orElseThrow();
        assertThat(p.kind()).isEqualTo(UsccProblem.Kind.LENGTH);
        assertThat(p.actualLength()).isEqualTo(length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " - "})
    void emptyInputIsReportedAsEmpty(String code) {
        assertThat(Uscc.check(code).problem().orElseThrow().kind()).isEqualTo(UsccProblem.Kind.EMPTY);
    }

    @ParameterizedTest(name = "\"{0}\" normalises to 91110000600037341L")
    @ValueSource(strings = {"９１１１００００６０００３７３４１Ｌ", "91110000600037341l", " 9111 0000 6000 3734 1L ",
            "9111-0000-6000-3734-1L", "９１１１－００００－６０００－３７３４－１ｌ", "9111\u30000000600037341L",
            "911100006000\u201437341L"})
    void typingAndPastingVariantsAreNormalised(String input) {
        UsccCheck c = Uscc.check(input);
        assertThat(c.normalized()).isEqualTo("91110000600037341L");
        assertThat(c.valid()).isTrue();
    }

    @Test
    void weightsArePowersOfThreeModulo31() {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            assertThat(Uscc.WEIGHTS[i]).as("weight %d", i + 1).isEqualTo(w);
            w = (w * 3) % 31;
        }
    }

    @Test
    void checkCharacterCanBeComputedForANewCode() {
        assertThat(Uscc.checkCharacter("91640202000000000")).isEqualTo('K');
        assertThat(Uscc.divisionCode("91640202000000000K")).isEqualTo("640202");
    }

    @Test
    void everySingleCharacterTypoIsCaught() {
        String valid = "91310115MA1K3BTP2B";
        for (int pos = 0; pos < 18; pos++) {
            for (char c : Uscc.ALPHABET.toCharArray()) {
                if (c == valid.charAt(pos)) {
                    continue;
                }
                String typo = valid.substring(0, pos) + c + valid.substring(pos + 1);
                assertThat(Uscc.isValid(typo)).as(typo).isFalse();
            }
        }
    }
}
