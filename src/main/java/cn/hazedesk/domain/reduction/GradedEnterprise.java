package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

/** An enterprise of the list with the overall grade in effect at the moment the accounting is for. */
public record GradedEnterprise(Enterprise enterprise, PerformanceGrade grade) {
}
