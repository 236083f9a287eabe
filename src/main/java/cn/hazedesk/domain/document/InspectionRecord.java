package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.ResponseOrder;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 督查记录表 / 现场检查表 (docs/documents.md, "The documents"), one sheet per enterprise visit: the enterprise (name, USCC,
 * address, district, industry, grade), the warning level in force, the company contact, the visit's times, the checks
 * with their answers (empty: the site's check items, unanswered), problems found, action required, evidence numbers,
 * inspectors and the company's representative. Null or empty facts print as lines to fill in by hand (a blank sheet
 * taken on site), as the template's pending.* wording says.
 */
public record InspectionRecord(String uscc, String enterpriseName, String address, String districtName,
                               String industry, PerformanceGrade grade, WarningLevel level, String contactName,
                               String contactPhone, LocalDateTime from, LocalDateTime to, List<CheckItem> checks,
                               String findings, String action, String evidence, List<Inspector> inspectors,
                               String companyRepresentative, boolean drill) {
    public InspectionRecord {
        if (enterpriseName == null || level == null) {
            throw new IllegalArgumentException("an inspection record needs the enterprise and the level");
        }
        checks = List.copyOf(checks);
        inspectors = List.copyOf(inspectors);
    }

    /** A blank sheet for one enterprise of a warning: its facts printed, everything else to fill in on site. */
    public static InspectionRecord blankFor(ResponseOrder o, boolean drill) {
        return new InspectionRecord(o.uscc(), o.enterpriseName(), o.address(), o.districtName(), o.industry(), o.grade(),
                o.level(), o.contactName(), o.contactPhone(), null, null, List.of(), null, null, null, List.of(), null,
                drill);
    }
}
