package cn.hazedesk.domain.document;

/** What an approval form (预警信息发布审批表) asks to approve (the words: data/documents/phrases.txt). */
public enum ApprovalAction {
    ISSUE,
    UPGRADE,
    DOWNGRADE,
    EXTEND,
    SUSPEND,
    RESUME,
    LIFT;
}
