package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.infra.data.ListReadingCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled rules of data/measure-text-rules.csv on measures as lists write them. */
class MeasureTextRulesTest {
    private static final MeasureTextRules RULES = ListReadingCsv.measureText(null);

    @ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "停产|READ|STOP|1|NONE",
            "全厂停产|READ|STOP|1|NONE",
            "长期停产，保持停产状态|READ|STOP|1|NONE",
            "停产，停止公路运输|READ|STOP|1|NO_ROAD_TRANSPORT",
            "停产，停止使用国四及以下重型载货车辆运输|READ|STOP|1|NO_CHINA_IV_OR_OLDER",
            "限产30%|READ|CAP|0.3|NONE",
            "限产 30 ％|READ|CAP|0.3|NONE",
            "限产２０％，停止使用国四及以下重型载货车辆运输|READ|CAP|0.2|NO_CHINA_IV_OR_OLDER",
            "保障任务以外产能限产20%|READ|CAP|0.2|NONE",
            "停产50%|READ|STOP|0.5|NONE",
            "50%生产线停产|READ|CAP|0.5|NONE",
            "停运30%电石炉|READ|CAP|0.3|NONE",
            "停运1/5电石炉|READ|CAP|0.2|NONE",
            "炭化炉、活化炉限产50%|READ|CAP|0.5|NONE",
            "错峰生产，减少10%产量|READ|STAGGER|0.1|NONE",
            "错峰生产|READ|STAGGER|0|NONE",
            "原料日投料量由960吨降低到768吨及以下|READ|CAP|0.2|NONE",
            "自主减排|READ|VOLUNTARY|0|NONE",
            "豁免，不采取减排措施|READ|OTHER|0|NONE",
            "以热定产|READ|OTHER|0|NONE",
            "停止使用国四及以下重型载货车辆（含燃气）进行运输|READ|TRANSPORT|0|NO_CHINA_IV_OR_OLDER",
            "禁止国四及以下排放标准重型柴油货车进出厂区|READ|TRANSPORT|0|NO_CHINA_IV_OR_OLDER",
            "加强管理|NOT_READ|||NONE",
            "烧结机停产，高炉限产50%|AMBIGUOUS|||NONE",
            "限产|NO_SHARE|CAP||NONE",
            "焖炉保温|NO_SHARE|EXTEND_COKING||NONE",
            "结焦时间延长至36小时|NEEDS_DESIGN_COKING_TIME|EXTEND_COKING||NONE",
            "原料日投料量由768吨降低到960吨|OUT_OF_RANGE|CAP||NONE"})
    void measuresAsListsWriteThem(String text, MeasureTextRules.Status status, MeasureType type, String share,
                                  TransportRule transport) {
        MeasureTextRules.Reading r = RULES.read(text, null);
        assertThat(r.status()).as(text).isEqualTo(status);
        assertThat(r.type()).as(text).isEqualTo(type);
        if (share == null) {
            assertThat(r.share()).as(text).isNull();
        } else {
            assertThat(r.share()).as(text).isEqualByComparingTo(share);
        }
        assertThat(r.transport()).as(text).isEqualTo(transport);
    }

    @ParameterizedTest(name = "{0} with T0 = {1} h → {2}")
    @CsvSource({"结焦时间延长至36小时, 24, 0.3333", "出焦时间延长至48h, 24, 0.5", "延长结焦时间至28小时, 24, 0.1429"})
    void anExtendedCokingTimeCutsOneMinusT0OverT1(String text, String design, String share) {
        MeasureTextRules.Reading r = RULES.read(text, new BigDecimal(design));
        assertThat(r.status()).isEqualTo(MeasureTextRules.Status.READ);
        assertThat(r.type()).isEqualTo(MeasureType.EXTEND_COKING);
        assertThat(r.share()).isEqualByComparingTo(share);
    }
}
