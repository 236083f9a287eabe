package cn.hazedesk.application;

import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.CampaignStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.campaign.Campaign;
import cn.hazedesk.domain.campaign.CampaignProgress;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 创A升B campaigns: create one, set its targets, and see who reached the target, who is stuck where, who is overdue. */
public final class CampaignService {
    /** Why a campaign cannot be created as asked. */
    public enum Refusal { NAME_REQUIRED, NAME_TAKEN, PERIOD_INVALID, GRADE_NOT_A_TARGET, UNKNOWN_ENTERPRISE }

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

    /** Creates a campaign; returns its id, or the reason it was refused. */
    public Result create(String name, LocalDate startsOn, LocalDate endsOn, Actor by) {
        Access.require(by, Action.CAMPAIGN_EDIT);
        String actor = by.name();
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            return Result.refused(Refusal.NAME_REQUIRED);
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            return Result.refused(Refusal.PERIOD_INVALID);
        }
        return tx.inTransaction(() -> {
            if (campaigns.findByName(n).isPresent()) {
                return Result.refused(Refusal.NAME_TAKEN);
            }
            long id = campaigns.insert(new Campaign(0, n, startsOn, endsOn, List.of()), clock.instant(), actor);
            audit.record(clock.instant(), actor, "campaigns.create", n, startsOn + " – " + endsOn);
            return Result.ok(id);
        });
    }

    /** Adds (or changes) one enterprise's target in its industry. */
    public Result addTarget(long campaignId, String uscc, String industry, PerformanceGrade target, Actor by) {
        Access.require(by, Action.CAMPAIGN_EDIT);
        String actor = by.name();
        if (target == null || target == PerformanceGrade.UNRATED || target == PerformanceGrade.NON_LEADING) {
            return Result.refused(Refusal.GRADE_NOT_A_TARGET);
        }
        return tx.inTransaction(() -> {
            if (list.rows().stream().noneMatch(r -> r.uscc().equals(uscc))) {
                return Result.refused(Refusal.UNKNOWN_ENTERPRISE);
            }
            campaigns.addTarget(campaignId, new Campaign.Target(uscc, industry, target));
            audit.record(clock.instant(), actor, "campaigns.target", uscc, industry + " → " + target.label());
            return Result.ok(campaignId);
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

    /** The outcome of a create or a target change. */
    public record Result(Optional<Long> id, Optional<Refusal> refusal) {
        static Result ok(long id) {
            return new Result(Optional.of(id), Optional.empty());
        }

        static Result refused(Refusal r) {
            return new Result(Optional.empty(), Optional.of(r));
        }

        public boolean ok() {
            return id.isPresent();
        }
    }
}
