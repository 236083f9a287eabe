package cn.hazedesk.domain.document;

import cn.hazedesk.domain.document.compose.DocumentFormats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Heading numerals past ten, as an official document numbers its sections: 十一、十二 … 二十、二十一. */
class HeadingNumeralTest {
    private static final String DIGITS = "一二三四五六七八九十";

    @Test
    void numeralsPastTenAreComposedNotRepeated() {
        assertThat(DocumentFormats.numeral(DIGITS, 1)).isEqualTo("一");
        assertThat(DocumentFormats.numeral(DIGITS, 10)).isEqualTo("十");
        assertThat(DocumentFormats.numeral(DIGITS, 11)).isEqualTo("十一");
        assertThat(DocumentFormats.numeral(DIGITS, 19)).isEqualTo("十九");
        assertThat(DocumentFormats.numeral(DIGITS, 20)).isEqualTo("二十");
        assertThat(DocumentFormats.numeral(DIGITS, 23)).isEqualTo("二十三");
        assertThat(DocumentFormats.numeral(DIGITS, 99)).isEqualTo("九十九");
    }

    @Test
    void aNumberWithoutANumeralIsWrittenInDigitsNotRepeated() {
        assertThat(DocumentFormats.numeral(DIGITS, 100)).isEqualTo("100");
        assertThat(DocumentFormats.numeral("一二三", 2)).as("a city's phrase without ten numerals").isEqualTo("2");
    }
}
