package cn.hazedesk.application;

import cn.hazedesk.domain.document.compose.Phrases;
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

    private final java.util.function.Supplier<Phrases> phrases;

    ApprovalForms(EpisodeService episodes, LevelChanges levelChanges, java.util.function.Supplier<Phrases> phrases) {
        this.phrases = phrases;
        this.episodes = episodes;
        this.levelChanges = levelChanges;
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, episodes.zone());
    }

    /** Whether an approval form can be printed for the proposal (the form knows issue, up/downgrade and lift). */
    static boolean has(Episode e, Proposal p) {
        if (e.tempControl()) {
            return false; // the form's boxes are warning levels and warning steps: a temporary control is neither
        }
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
        WarningLevel level = LevelChanges.headline(levels);
        switch (p.kind()) {
            case ADJUST -> {
                previous = LevelChanges.levelOf(prev.orElseThrow(), levels);
                level = levels.city() != prev.get().city() && levels.city() != null ? levels.city() : levels.highest();
                action = LevelChanges.direction(prev.get(), levels) < 0 ? ApprovalAction.DOWNGRADE : ApprovalAction.UPGRADE;
            }
            case LIFT -> {
                action = ApprovalAction.LIFT;
                level = LevelChanges.headline(levels);
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
        Phrases words = phrases.get();
        String consultation = words.join("clauseSeparator", p.onHigherNotice() ? words.get("form.higherNotice", "notice", p.basisNotice()) : null,
                EpisodeDocumentService.basis(e, p).map(c -> words.join("clauseSeparator", EpisodeDocumentService.blankToNull(c.opinion()),
                        c.participants().isBlank() ? null : words.get("form.participants", "participants", c.participants()))).orElse(null));
        return new ApprovalForm(filled.getYear(), serial(e, p), filled, action, previous, level,
                levelChanges.districts(levels),
                local(start), local(end), consultation,
                EpisodeDocumentService.blankToNull(p.measuresSummary()), EpisodeDocumentService.blankToNull(p.preparedBy()), notes(words, p), e.drill(),
                levelChanges.districtName(cn.hazedesk.domain.episode.Issuer.county(prev.orElse(null), levels)).orElse(null));
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

    private String notes(Phrases words, Proposal p) {
        String decision = switch (p.state()) {
            case PENDING -> words.get("form.pending");
            case APPROVED, PUBLISHED -> p.decidedBy() == null ? null : p.decidedAt() == null
                    ? words.get("form.approved", "by", p.decidedBy())
                    : words.get("form.approvedAt", "by", p.decidedBy(), "at", EpisodeDocumentService.stamp(words, local(p.decidedAt())));
            case REJECTED -> p.decidedBy() == null ? words.get("form.rejected") : words.get("form.rejectedBy", "by", p.decidedBy());
            case WITHDRAWN -> words.get("form.withdrawn");
        };
        return words.join("clauseSeparator", p.reason().isBlank() ? null : words.get("form.reason", "reason", p.reason()), decision,
                p.decisionComment().isBlank() ? null : words.get("form.comment", "comment", p.decisionComment()),
                p.number() == null ? null : words.get("form.number", "number", p.number()));
    }
}
