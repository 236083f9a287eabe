package cn.hazedesk.domain.document;

/** What an approval form (预警信息发布审批表) asks to approve. */
public enum ApprovalAction {
    ISSUE("发布"),
    UPGRADE("升级"),
    DOWNGRADE("降级"),
    EXTEND("延长"),
    SUSPEND("暂停"),
    RESUME("恢复"),
    LIFT("解除");

    private final String chineseName;

    ApprovalAction(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
