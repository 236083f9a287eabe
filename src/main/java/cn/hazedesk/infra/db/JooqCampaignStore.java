package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.CampaignStore;
import cn.hazedesk.domain.campaign.Campaign;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.infra.db.generated.tables.records.CampaignRecord;
import org.jooq.Condition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.CAMPAIGN;
import static cn.hazedesk.infra.db.generated.Tables.CAMPAIGN_TARGET;

public final class JooqCampaignStore implements CampaignStore {
    private final JooqTransactions tx;
    private final ZoneId zone;

    public JooqCampaignStore(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public void lock() {
        SharedLocks.take(tx.dsl(), SharedLocks.CAMPAIGN);
    }

    @Override
    public long insert(Campaign c, Instant createdAt, String createdBy) {
        long id = tx.dsl().insertInto(CAMPAIGN)
                .set(CAMPAIGN.NAME, c.name())
                .set(CAMPAIGN.STARTS_ON, c.startsOn())
                .set(CAMPAIGN.ENDS_ON, c.endsOn())
                .set(CAMPAIGN.CREATED_AT, LocalDateTime.ofInstant(createdAt, zone))
                .set(CAMPAIGN.CREATED_BY, createdBy)
                .returning(CAMPAIGN.ID).fetchOne(CAMPAIGN.ID);
        c.targets().forEach(t -> addTarget(id, t));
        return id;
    }

    @Override
    public void addTarget(long campaignId, Campaign.Target t) {
        tx.dsl().mergeInto(CAMPAIGN_TARGET)
                .using(tx.dsl().selectOne())
                .on(CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId).and(CAMPAIGN_TARGET.USCC.eq(t.uscc()))
                        .and(CAMPAIGN_TARGET.INDUSTRY.eq(t.industry())))
                .whenMatchedThenUpdate().set(CAMPAIGN_TARGET.TARGET_GRADE, t.targetGrade().name())
                .whenNotMatchedThenInsert(CAMPAIGN_TARGET.CAMPAIGN_ID, CAMPAIGN_TARGET.USCC, CAMPAIGN_TARGET.INDUSTRY,
                        CAMPAIGN_TARGET.TARGET_GRADE)
                .values(campaignId, t.uscc(), t.industry(), t.targetGrade().name())
                .execute();
    }

    @Override
    public void removeTarget(long campaignId, String uscc, String industry) {
        tx.dsl().deleteFrom(CAMPAIGN_TARGET).where(CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId)
                .and(CAMPAIGN_TARGET.USCC.eq(uscc)).and(CAMPAIGN_TARGET.INDUSTRY.eq(industry))).execute();
    }

    @Override
    public Optional<Campaign> find(long id) {
        return where(CAMPAIGN.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<Campaign> findByName(String name) {
        return where(CAMPAIGN.NAME.eq(name)).stream().findFirst();
    }

    @Override
    public List<Campaign> all() {
        return where(org.jooq.impl.DSL.noCondition());
    }

    private List<Campaign> where(Condition c) {
        return tx.dsl().selectFrom(CAMPAIGN).where(c).orderBy(CAMPAIGN.STARTS_ON.desc(), CAMPAIGN.ID.desc())
                .fetch().map(this::toCampaign);
    }

    private Campaign toCampaign(CampaignRecord r) {
        List<Campaign.Target> targets = tx.dsl().selectFrom(CAMPAIGN_TARGET).where(CAMPAIGN_TARGET.CAMPAIGN_ID.eq(r.getId()))
                .orderBy(CAMPAIGN_TARGET.USCC, CAMPAIGN_TARGET.INDUSTRY)
                .fetch(t -> new Campaign.Target(t.getUscc(), t.getIndustry(), PerformanceGrade.valueOf(t.getTargetGrade())));
        return new Campaign(r.getId(), r.getName(), r.getStartsOn(), r.getEndsOn(), targets);
    }
}
