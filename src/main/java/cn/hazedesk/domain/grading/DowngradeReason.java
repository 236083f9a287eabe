package cn.hazedesk.domain.grading;

/** Why an effective grade is lowered (docs/grading.md, "Downgrades"). OTHER needs a comment that says what happened.
 * Worded by the bundles (grading.reason.*). */
public enum DowngradeReason {
    FALSIFIED_MATERIALS,
    INSPECTION_FAILURE,
    NON_COMPLIANCE_DURING_WARNING,
    OTHER;
}
