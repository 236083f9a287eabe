package cn.hazedesk.domain.document;

/**
 * Each kind of document with the name of its wording file: data/documents/{@code fileName}, replaced by a file of
 * the same name in the data folder's rules/documents/ when the site has one.
 */
public enum DocumentKind {
    /** The site's shared values (agency names, plan name, signers, cc list, hot line, drill mark). */
    COMMON("common.txt"),
    RESPONSE_ORDER("response-order.txt"),
    ORDER_COVER("order-cover.txt"),
    ISSUE_NOTICE("issue-notice.txt"),
    ADJUST_NOTICE("adjust-notice.txt"),
    LIFT_NOTICE("lift-notice.txt"),
    EXTEND_NOTICE("extend-notice.txt"),
    SUSPEND_NOTICE("suspend-notice.txt"),
    RESUME_NOTICE("resume-notice.txt"),
    /** 轻中度污染临时管控通知 (start and lift): not a warning notice. */
    TEMP_CONTROL_NOTICE("temp-control-notice.txt"),
    APPROVAL_FORM("approval-form.txt"),
    INSPECTION_RECORD("inspection-record.txt"),
    SUMMARY_REPORT("summary-report.txt"),
    /** Short phrases the services join into a document's values (states, time stamps, separators). */
    PHRASES("phrases.txt");

    private final String fileName;

    DocumentKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
