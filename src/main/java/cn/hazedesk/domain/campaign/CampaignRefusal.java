package cn.hazedesk.domain.campaign;

/** Why a campaign or one of its targets cannot be kept as asked; worded under {@code refusal.CampaignRefusal.<code>}. */
public enum CampaignRefusal {
    NAME_REQUIRED, NAME_TAKEN, PERIOD_INVALID, GRADE_NOT_A_TARGET, UNKNOWN_ENTERPRISE
}
