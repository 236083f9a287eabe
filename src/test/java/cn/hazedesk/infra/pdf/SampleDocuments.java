package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.AdjustNotice;
import cn.hazedesk.domain.document.AreaLevel;
import cn.hazedesk.domain.document.LevelChange;
import cn.hazedesk.domain.document.LiftGround;
import cn.hazedesk.domain.document.ApprovalAction;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.document.CheckItem;
import cn.hazedesk.domain.document.ForecastDay;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.Inspector;
import cn.hazedesk.domain.document.IssueNotice;
import cn.hazedesk.domain.document.LiftNotice;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.PollutantReduction;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.TimelineRow;
import cn.hazedesk.domain.document.Urgency;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** Hand-made document records of one fictional orange episode in December 2026, for the renderer's tests. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static final LocalDate DAY = LocalDate.of(2026, 12, 9);

    public static OrderEnvelope envelope(boolean drill) {
        return new OrderEnvelope("石环告〔2026〕", 15, LocalDateTime.of(2026, 12, 9, 20, 0),
                LocalDateTime.of(2026, 12, 10, 0, 0), null, DAY, drill);
    }

    public static IssueNotice issue(boolean drill) {
        return new IssueNotice("石环发〔2026〕12号", DAY, Urgency.EXTRA_URGENT, WarningLevel.ORANGE, List.of(),
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 13),
                List.of(new ForecastDay(LocalDate.of(2026, 12, 10), 180, 230), new ForecastDay(LocalDate.of(2026, 12, 11), 210, 260),
                        new ForecastDay(LocalDate.of(2026, 12, 12), 220, 280), new ForecastDay(LocalDate.of(2026, 12, 13), 160, 210)),
                "PM2.5", "静稳天气和逆温", LocalDateTime.of(2026, 12, 9, 20, 0),
                LocalDateTime.of(2026, 12, 10, 0, 0), 42, LocalTime.of(10, 0), "王值班", "0952-2011234",
                List.of("应急减排清单（橙色预警）", "措施落实情况日报表"), true, drill, null);
    }

    public static AdjustNotice adjust(boolean drill) {
        return new AdjustNotice("石环发〔2026〕13号", LocalDate.of(2026, 12, 11), Urgency.EXTRA_URGENT,
                List.of(new LevelChange("大武口区、惠农区", WarningLevel.ORANGE, WarningLevel.RED)), LocalDateTime.of(2026, 12, 11, 12, 0),
                "12月11日市生态环境局、市气象局再次会商，受持续静稳天气影响，预计12日至13日大武口区、惠农区日AQI将达到300以上，污染程度进一步加重。",
                LocalTime.of(9, 0), "王值班", "0952-2011234", drill);
    }

    public static LiftNotice lift(boolean drill) {
        return new LiftNotice("石环发〔2026〕14号", LocalDate.of(2026, 12, 14), "石环发〔2026〕12号", WarningLevel.ORANGE,
                List.of(new AreaLevel("大武口区", WarningLevel.RED), new AreaLevel("惠农区", WarningLevel.RED),
                        new AreaLevel("平罗县", WarningLevel.ORANGE)),
                LocalDateTime.of(2026, 12, 9, 20, 0), LocalDateTime.of(2026, 12, 14, 12, 0), LiftGround.CONDITIONS_MET, 48,
                36, "受冷空气影响，大气扩散条件明显好转", 5, drill);
    }

    public static ApprovalForm approval(boolean drill) {
        return new ApprovalForm(2026, 3, LocalDateTime.of(2026, 12, 9, 16, 30), ApprovalAction.ISSUE, null,
                WarningLevel.ORANGE, List.of(), LocalDateTime.of(2026, 12, 10, 0, 0), null,
                "12月9日15时市生态环境局、市气象局联合会商：当前AQI 168，首要污染物PM2.5；预计10日至13日日AQI 180～280，静稳、逆温，扩散条件差。",
                "执行橙色预警（Ⅱ级应急响应）措施，清单内42家企业按“一厂一策”落实。", "李拟稿", "", drill, null);
    }

    public static InspectionRecord inspection(boolean drill) {
        return new InspectionRecord("91640202MA76Q0XX1B", "石嘴山市示例水泥有限公司", "大武口区工业园区示例路8号", "大武口区",
                "水泥", cn.hazedesk.domain.enterprise.PerformanceGrade.B, WarningLevel.ORANGE, "赵联系", "13909520000",
                LocalDateTime.of(2026, 12, 10, 9, 30), LocalDateTime.of(2026, 12, 10, 10, 40),
                List.of(new CheckItem("企业是否收到预警信息和应急响应告知书", true, "已签收回执"),
                        new CheckItem("是否按“一厂一策”落实本级别减排措施", false, "2号熟料线未按要求限产20%"),
                        new CheckItem("“一厂一策”公示牌是否悬挂且与清单一致", true, "")),
                "2号熟料线未按要求限产。", "责令立即整改，2小时内报送整改情况。", "DWK-20261210-01～05",
                List.of(new Inspector("张检查", "64020012"), new Inspector("刘检查", "64020015")), "孙厂长", drill);
    }

    public static SummaryReport summary(boolean drill) {
        return new SummaryReport("石环发〔2026〕15号", LocalDate.of(2026, 12, 18), LocalDateTime.of(2026, 12, 10, 0, 0),
                LocalDateTime.of(2026, 12, 14, 12, 0), List.of(), WarningLevel.RED, 286, true, 236, "PM2.5", 3, "静稳天气和逆温",
                List.of(new TimelineRow(LocalDateTime.of(2026, 12, 9, 20, 0), "发布预警", WarningLevel.ORANGE, "启动Ⅱ级应急响应"),
                        new TimelineRow(LocalDateTime.of(2026, 12, 11, 12, 0), "升级", WarningLevel.RED, "大武口区、惠农区"),
                        new TimelineRow(LocalDateTime.of(2026, 12, 14, 12, 0), "解除", null, "终止应急响应")),
                new SummaryReport.Orders(42, 42, 40, 31, 17, 19, 63), "全市86处施工工地停止土石方作业，城区道路每日冲洗两次。",
                "国四及以下重型载货车辆限行，查处违规车辆23辆。", 38, 42, 5, 1,
                List.of(new PollutantReduction("SO2", new BigDecimal("1.250"), new BigDecimal("6.100"), new BigDecimal("0.20"), true),
                        new PollutantReduction("NOx", new BigDecimal("1.500"), new BigDecimal("5.200"), new BigDecimal("0.20"), true),
                        new PollutantReduction("PM", new BigDecimal("1.600"), new BigDecimal("4.500"), new BigDecimal("0.20"), true),
                        new PollutantReduction("VOCs", new BigDecimal("0.600"), new BigDecimal("4.000"), new BigDecimal("0.20"), true)),
                "响应期间全市PM2.5平均浓度较预测值降低约12%。", "个别企业限产措施落实不到位；部分工地夜间违规作业。",
                "完善应急减排清单，推进企业创A升B；加强夜间巡查。", drill);
    }

    /** The same report with other reduction rows. */
    static SummaryReport withReductions(SummaryReport s, List<PollutantReduction> rows) {
        return new SummaryReport(s.documentNumber(), s.date(), s.episodeStart(), s.episodeEnd(), s.districts(),
                s.highestLevel(), s.peakAqi(), s.observed(), s.peakPm25(), s.primaryPollutant(), s.heavyPollutionDays(),
                s.weatherCause(), s.timeline(), s.orders(), s.dustSources(), s.mobileSources(), s.inspections(),
                s.enterprisesChecked(), s.problemsFound(), s.casesReferred(), rows, s.airQualityEffect(), s.problems(),
                s.nextSteps(), s.drill());
    }
}
