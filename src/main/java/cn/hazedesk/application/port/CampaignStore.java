package cn.hazedesk.application.port;

import cn.hazedesk.domain.campaign.Campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored 创A升B campaigns with their targets. */
public interface CampaignStore {
    /**
     * Takes the campaigns' turn for the rest of the transaction (a name checked as free, then given; a target
     * written): another seat doing the same waits, then sees this one's campaign.
     */
    void lock();

    long insert(Campaign campaign, Instant createdAt, String createdBy);

    void addTarget(long campaignId, Campaign.Target target);

    void removeTarget(long campaignId, String uscc, String industry);

    Optional<Campaign> find(long id);

    Optional<Campaign> findByName(String name);

    List<Campaign> all();
}
