package cn.hazedesk.domain.access;

/**
 * Everything a person may be allowed or refused: each is checked by the application service that performs it,
 * before anything is written (data/roles.csv gives each role its actions; docs/access.md).
 */
public enum Action {
    // warning episodes
    EPISODE_CREATE, DRILL_CREATE, CONSULTATION_SAVE, PROPOSAL_CREATE, PROPOSAL_WITHDRAW, PROPOSAL_APPROVE,
    PROPOSAL_REJECT, PROPOSAL_PUBLISH, ORDER_TRACK, INSPECTION_RECORD, GRADE_DOWNGRADE_PROPOSE, OBSERVED_AQI_RECORD,
    EVALUATION_WRITE, EPISODE_CLOSE,
    // the list
    ENTERPRISE_EDIT, ENTERPRISE_DELETE, LIST_IMPORT, LIST_REPLACE, SAMPLE_REMOVE,
    // grading
    GRADE_APPLY, GRADE_REVIEW, GRADE_DOWNGRADE, GRADE_REVOKE, CAMPAIGN_EDIT,
    // administration
    USER_MANAGE, BACKUP_RESTORE, DATABASE_SETTINGS;

    /**
     * True for what always concerns the whole city, never one district: a warning episode and its steps (warnings
     * are issued for the city), replacing the list or removing the sample, campaigns, and administration. A district
     * user is refused these.
     */
    public boolean cityWide() {
        return switch (this) {
            case ORDER_TRACK, INSPECTION_RECORD, GRADE_DOWNGRADE_PROPOSE, OBSERVED_AQI_RECORD, ENTERPRISE_EDIT,
                 ENTERPRISE_DELETE, LIST_IMPORT, GRADE_APPLY, GRADE_REVIEW, GRADE_DOWNGRADE, GRADE_REVOKE -> false;
            default -> true;
        };
    }
}
