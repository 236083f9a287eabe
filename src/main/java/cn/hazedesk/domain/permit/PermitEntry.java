package cn.hazedesk.domain.permit;

import java.util.Objects;

/**
 * One entry of the pollutant discharge permit register (排污许可 list): the permit (or registration) number, the unit's
 * name, its 统一社会信用代码 (normalised) and its management type (重点管理 / 简化管理 / 登记管理, as the register says;
 * may be empty).
 */
public record PermitEntry(String permitNumber, String name, String uscc, String managementType) {
    public PermitEntry {
        Objects.requireNonNull(permitNumber, "permitNumber");
        Objects.requireNonNull(uscc, "uscc");
        name = name == null ? "" : name;
        managementType = managementType == null ? "" : managementType;
    }
}
