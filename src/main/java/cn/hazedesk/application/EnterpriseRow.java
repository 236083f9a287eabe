package cn.hazedesk.application;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.math.BigDecimal;

/** One row of the list table: an enterprise with its line count and annual totals (tonnes). */
public record EnterpriseRow(long id, String uscc, String name, String districtCode, String industry,
                            PerformanceGrade grade, ControlType controlType, boolean sample, int lines,
                            BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal vocs) {
}
