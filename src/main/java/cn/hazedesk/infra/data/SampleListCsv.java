package cn.hazedesk.infra.data;

import cn.hazedesk.application.port.SampleListSource;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fictional sample list in data/sample/: enterprises.csv (one row per enterprise) and lines.csv (one row
 * per production line, keyed by USCC, with the three levels' measures). Both are plain UTF-8 CSV with Chinese
 * headers so that a person can read and diff them.
 */
public final class SampleListCsv implements SampleListSource {
    private static final String ENTERPRISES = "sample/enterprises.csv";
    private static final String LINES = "sample/lines.csv";
    private final RegionCatalog regions;

    public SampleListCsv(RegionCatalog regions) {
        this.regions = regions;
    }

    @Override
    public List<Enterprise> load() {
        Map<String, List<ProductionLine>> linesByUscc = new LinkedHashMap<>();
        for (CSVRecord r : BundledData.readCsv(LINES)) {
            String uscc = r.get("统一社会信用代码");
            List<LevelMeasure> measures = new ArrayList<>();
            for (WarningLevel level : WarningLevel.values()) {
                String prefix = level.chineseName() + "预警";
                MeasureType type = MeasureType.byChineseName(r.get(prefix + "措施类型"))
                        .orElseThrow(() -> BundledData.problem(LINES, r, "unknown measure type " + r.get(prefix + "措施类型")));
                measures.add(new LevelMeasure(level, type, decimal(LINES, r, prefix + "减排比例"), r.get(prefix + "减排措施")));
            }
            linesByUscc.computeIfAbsent(uscc, k -> new ArrayList<>()).add(new ProductionLine(
                    r.get("生产线名称"), r.get("工艺设备"), r.get("产能"),
                    decimal(LINES, r, "二氧化硫年排放量(吨)"), decimal(LINES, r, "氮氧化物年排放量(吨)"),
                    decimal(LINES, r, "颗粒物年排放量(吨)"), decimal(LINES, r, "挥发性有机物年排放量(吨)"), measures));
        }
        List<Enterprise> result = new ArrayList<>();
        for (CSVRecord r : BundledData.readCsv(ENTERPRISES)) {
            String uscc = r.get("统一社会信用代码");
            if (!Uscc.isValid(uscc)) {
                throw BundledData.problem(ENTERPRISES, r, "invalid USCC " + uscc);
            }
            String district = r.get("区县代码");
            if (regions.byCode(district).filter(x -> x.name().equals(r.get("所属区县"))).isEmpty()) {
                throw BundledData.problem(ENTERPRISES, r, "unknown district " + district + " " + r.get("所属区县"));
            }
            ControlType control = ControlType.byChineseName(r.get("管控类型"))
                    .orElseThrow(() -> BundledData.problem(ENTERPRISES, r, "unknown control type " + r.get("管控类型")));
            List<ProductionLine> lines = linesByUscc.remove(uscc);
            if (lines == null) {
                throw BundledData.problem(ENTERPRISES, r, "no production lines for " + uscc);
            }
            PerformanceGrade grade = PerformanceGrade.parse(r.get("绩效等级"))
                    .orElseThrow(() -> BundledData.problem(ENTERPRISES, r, "unknown grade " + r.get("绩效等级")));
            result.add(new Enterprise(uscc, r.get("企业名称"), district, r.get("行业类别"), grade, control,
                    r.get("地址"), decimal(ENTERPRISES, r, "经度"), decimal(ENTERPRISES, r, "纬度"), r.get("联系人"),
                    r.get("联系电话"), null, null, false, null, null, lines));
        }
        if (!linesByUscc.isEmpty()) {
            throw new IllegalStateException("data/" + LINES + ": lines for unknown enterprises " + linesByUscc.keySet());
        }
        return result;
    }

    private static BigDecimal decimal(String file, CSVRecord r, String column) {
        try {
            return new BigDecimal(r.get(column));
        } catch (NumberFormatException e) {
            throw BundledData.problem(file, r, column + " is not a number: " + r.get(column));
        }
    }
}
