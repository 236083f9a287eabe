package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;
import java.util.List;

/**
 * One enterprise on the emergency-reduction list. The grade is still plain text here; the grading
 * issue turns it into a history of grade records.
 */
public record Enterprise(String uscc, String name, String districtCode, String industry, String grade,
                         ControlType controlType, String address, BigDecimal longitude, BigDecimal latitude,
                         String contactName, String contactPhone, List<ProductionLine> lines) {
    public Enterprise {
        lines = List.copyOf(lines);
    }
}
