package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise on the emergency-reduction list, with its production lines. Optional facts are null when the
 * list does not give them. The grade is the one written on the list (the grading issue adds its history).
 */
public record Enterprise(String uscc, String name, String districtCode, String industry, PerformanceGrade grade,
                         ControlType controlType, String address, BigDecimal longitude, BigDecimal latitude,
                         String contactName, String contactPhone, String permitNumber, String permitManagement,
                         boolean bulkTransport, Integer transportTrucks, String minTruckStandard,
                         List<ProductionLine> lines) {
    public Enterprise {
        lines = List.copyOf(lines);
    }

    /** The same enterprise with other lines. */
    public Enterprise withLines(List<ProductionLine> newLines) {
        return new Enterprise(uscc, name, districtCode, industry, grade, controlType, address, longitude, latitude,
                contactName, contactPhone, permitNumber, permitManagement, bulkTransport, transportTrucks,
                minTruckStandard, newLines);
    }

    public Optional<ProductionLine> line(String lineName) {
        return lines.stream().filter(l -> l.name().equals(lineName)).findFirst();
    }

    public BigDecimal total(Pollutant p) {
        return lines.stream().map(l -> l.tonnes(p)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The four pollutants of the list's emission columns. */
    public enum Pollutant { SO2, NOX, PM, VOCS }
}
