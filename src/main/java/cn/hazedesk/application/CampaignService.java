package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.CampaignStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.campaign.Campaign;
import cn.hazedesk.domain.campaign.CampaignProgress;
import cn.hazedesk.domain.campaign.CampaignRules;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.common.Outcome.Refusal;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 创A升B campaigns: create one, set its targets, and see who reached the target, who is stuck where, who is overdue. */
public final class CampaignService {
    /** A campaign's standing at a moment: the counts and one line per target. */
    public record Progress(Campaign campaign, CampaignProgress.Summary summary, List<CampaignProgress.Standing> standings) {
    }

    private final Transactions tx;
    private final CampaignStore campaigns;
    private final GradingService grading;
    private final EnterpriseListService list;
    private final AuditLog audit;
    private final Clock clock;

    public CampaignService(Transactions tx, CampaignStore campaigns, GradingService grading, EnterpriseListService list,
                           AuditLog audit, Clock clock) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.grading = grading;
        this.list = list;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a campaign; its id, or the reason it was refused ({@link CampaignRules}). */
    public Outcome<Long> create(String name, LocalDate startsOn, LocalDate endsOn, Actor by) {
        Access.require(by, Action.CAMPAIGN_EDIT);
        String actor = by.name();
        String n = name == null ? "" : name.trim();
        Optional<Refusal> early = CampaignRules.creation(n, startsOn, endsOn, false);
        if (early.isPresent()) {
            return new Outcome.Refused<>(early.get());
        }
        return tx.inTransaction(() -> {
            campaigns.lock(); // another seat creating the same name waits, then is refused by the check below
            Optional<Refusal> taken = CampaignRules.creation(n, startsOn, endsOn, campaigns.findByName(n).isPresent());
            if (taken.isPresent()) {
                return new Outcome.Refused<>(taken.get());
            }
            long id = campaigns.insert(new Campaign(0, n, startsOn, endsOn, List.of()), clock.instant(), actor);
            audit.record(clock.instant(), actor, "campaigns.create", n, AuditDetail.of("campaigns.create")
                    .with("start", startsOn).with("end", endsOn));
            return Outcome.accepted(id);
        });
    }

    /** Adds (or changes) one enterprise's target in its industry; the campaign's id, or why it was refused. */
    public Outcome<Long> addTarget(long campaignId, String uscc, String industry, PerformanceGrade target, Actor by) {
        Access.require(by, Action.CAMPAIGN_EDIT);
        String actor = by.name();
        Optional<Refusal> grade = CampaignRules.target(target, true);
        if (grade.isPresent()) {
            return new Outcome.Refused<>(grade.get());
        }
        return tx.inTransaction(() -> {
            campaigns.lock(); // two seats writing one target at once: one after the other, the last one's grade stays
            Optional<Refusal> refused = CampaignRules.target(target,
                    list.rows().stream().anyMatch(r -> r.uscc().equals(uscc)));
            if (refused.isPresent()) {
                return new Outcome.Refused<>(refused.get());
            }
            campaigns.addTarget(campaignId, new Campaign.Target(uscc, industry, target));
            audit.record(clock.instant(), actor, "campaigns.target", uscc, AuditDetail.of("campaigns.target")
                    .with("industry", industry).with("grade", target));
            return Outcome.accepted(campaignId);
        });
    }

    public List<Campaign> all() {
        return campaigns.all();
    }

    /** Each target's standing now, reached first and overdue ones flagged. */
    public Optional<Progress> progress(long campaignId) {
        return campaigns.find(campaignId).map(c -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            java.util.Map<String, PerformanceGrade> listGrades = new java.util.HashMap<>();
            list.rows().forEach(r -> listGrades.put(r.uscc(), r.grade()));
            List<CampaignProgress.Standing> standings = c.targets().stream()
                    .map(t -> CampaignProgress.standing(c, t, grading.history(t.uscc()), listGrades.get(t.uscc()), now, today))
                    .toList();
            return new Progress(c, CampaignProgress.summary(standings), standings);
        });
    }
}
