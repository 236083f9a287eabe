package cn.hazedesk.domain.grading;

/** Why an effective grade is lowered (docs/grading.md, "Downgrades"). OTHER needs a comment that says what happened. */
public enum DowngradeReason {
    FALSIFIED_MATERIALS("申报材料弄虚作假"),
    INSPECTION_FAILURE("抽查、检查或执法发现不达标"),
    NON_COMPLIANCE_DURING_WARNING("预警期间未落实减排措施"),
    OTHER("其他");

    private final String chineseName;

    DowngradeReason(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
