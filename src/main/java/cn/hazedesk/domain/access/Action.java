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
    USER_MANAGE, SETTINGS_EDIT, BACKUP_RESTORE
}
