package cn.hazedesk.application;

import cn.hazedesk.domain.document.ApprovalAction;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * The approval form (审批表) of a proposal from what the episode recorded: the action, the levels, the period the
 * step asks for, the consultation, its serial number in the year and the decision so far.
 */
final class ApprovalForms {
    private final EpisodeService episodes;
    private final LevelChanges levelChanges;

    ApprovalForms(EpisodeService episodes, LevelChanges levelChanges) {
        this.episodes = episodes;
        this.levelChanges = levelChanges;
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, episodes.zone());
    }

    /** Whether an approval form can be printed for the proposal (the form knows issue, up/downgrade and lift). */
    static boolean has(Episode e, Proposal p) {
        return switch (p.kind()) {
            case ISSUE, LIFT -> true;
            case ADJUST, EXTEND, SUSPEND, RESUME -> LevelChanges.previousLevels(e, p).isPresent();
        };
    }

    ApprovalForm form(Episode e, Proposal p) {
        if (!has(e, p)) {
            throw new IllegalArgumentException("no approval form for a " + p.kind() + " proposal");
        }
        Optional<AreaLevels> prev = LevelChanges.previousLevels(e, p);
        AreaLevels levels = p.levels() != null ? p.levels() : prev.orElse(null);
        if (levels == null) {
            throw new IllegalArgumentException("no level for proposal " + p.seq());
        }
        ApprovalAction action;
        WarningLevel previous = null;
        WarningLevel level = levels.city();
        switch (p.kind()) {
            case ADJUST -> {
                previous = LevelChanges.levelOf(prev.orElseThrow(), levels);
                level = levels.city() != prev.get().city() ? levels.city() : levels.highest();
                action = LevelChanges.direction(prev.get(), levels) < 0 ? ApprovalAction.DOWNGRADE : ApprovalAction.UPGRADE;
            }
            case LIFT -> {
                action = ApprovalAction.LIFT;
                level = levels.city();
            }
            case EXTEND -> action = ApprovalAction.EXTEND;
            case SUSPEND -> action = ApprovalAction.SUSPEND;
            case RESUME -> action = ApprovalAction.RESUME;
            default -> action = ApprovalAction.ISSUE;
        }
        LocalDateTime filled = local(p.preparedAt());
        // 起止时间: what the step asks for (an extension: from the response start to the new end; a suspension: from
        // its notice, resumption to be notified; a resumption: from its start to the expected end)
        Instant start = switch (p.kind()) {
            case LIFT, SUSPEND -> p.issuedAt();
            case EXTEND -> e.responseStart();
            default -> p.responseStart();
        };
        Instant end = switch (p.kind()) {
            case LIFT, SUSPEND -> null;
            case RESUME -> e.expectedEnd();
            default -> p.expectedEnd();
        };
        String consultation = EpisodeDocumentService.join("；", p.onHigherNotice() ? "依据上级预警通知：" + p.basisNotice() : null,
                EpisodeDocumentService.basis(e, p).map(c -> EpisodeDocumentService.join("；", EpisodeDocumentService.blankToNull(c.opinion()),
                        c.participants().isBlank() ? null : "参加单位：" + c.participants())).orElse(null));
        return new ApprovalForm(filled.getYear(), serial(e, p), filled, action, previous, level,
                levelChanges.districts(levels),
                local(start), local(end), consultation,
                EpisodeDocumentService.blankToNull(p.measuresSummary()), EpisodeDocumentService.blankToNull(p.preparedBy()), notes(p), e.drill());
    }

    /** 第N期: this proposal's place among all proposals prepared in its year (every episode, drills apart). */
    private int serial(Episode e, Proposal p) {
        int year = local(p.preparedAt()).getYear();
        record Key(Instant at, long episode, int seq) {
        }
        Comparator<Key> order = Comparator.comparing(Key::at).thenComparingLong(Key::episode).thenComparingInt(Key::seq);
        Key mine = new Key(p.preparedAt(), e.id(), p.seq());
        long before = episodes.all().stream().filter(x -> x.drill() == e.drill())
                .flatMap(x -> x.proposals().stream().map(q -> new Key(q.preparedAt(), x.id(), q.seq())))
                .filter(k -> local(k.at()).getYear() == year).filter(k -> order.compare(k, mine) < 0).count();
        return (int) before + 1;
    }

    private String notes(Proposal p) {
        String decision = switch (p.state()) {
            case PENDING -> "待签发";
            case APPROVED, PUBLISHED -> p.decidedBy() == null ? null
                    : p.decidedBy() + "已签发" + (p.decidedAt() == null ? "" : "（" + EpisodeDocumentService.stamp(local(p.decidedAt())) + "）");
            case REJECTED -> "未批准" + (p.decidedBy() == null ? "" : "（" + p.decidedBy() + "）");
            case WITHDRAWN -> "已撤回";
        };
        return EpisodeDocumentService.join("；", p.reason().isBlank() ? null : "理由：" + p.reason(), decision,
                p.decisionComment().isBlank() ? null : "意见：" + p.decisionComment(),
                p.number() == null ? null : "发布文号：" + p.number());
    }
}
