package cn.hazedesk.application;

import cn.hazedesk.domain.document.TempControlNotice;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.TempControlMeasure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The notice of a temporary control's start or lift from what the episode recorded: the forecast of the consultation
 * it rests on, from when and until when, the light measures of data/temp-control-measures.csv; for the lift, the
 * number of the notice that started it and the reason. No level: a temporary control is not a warning.
 */
final class TempControlNotices {
    private final List<TempControlMeasure> measures;
    private final java.util.function.Supplier<ZoneId> zone;

    TempControlNotices(List<TempControlMeasure> measures, java.util.function.Supplier<ZoneId> zone) {
        this.measures = List.copyOf(measures);
        this.zone = zone;
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, zone.get());
    }

    TempControlNotice notice(Episode e, Proposal p) {
        if (!e.tempControl() || !(p.kind() == ProposalKind.ISSUE || p.kind() == ProposalKind.LIFT)) {
            throw new IllegalArgumentException("no temporary control notice for " + p.kind());
        }
        LocalDateTime issued = local(p.issuedAt());
        boolean lift = p.kind() == ProposalKind.LIFT;
        Optional<Consultation> c = EpisodeDocumentService.basis(e, p);
        List<cn.hazedesk.domain.document.ForecastDay> forecast = lift ? List.of()
                : c.map(EpisodeDocumentService::forecast).orElse(List.of());
        LocalDate from = forecast.isEmpty() ? issued.toLocalDate() : forecast.get(0).date();
        LocalDate to = forecast.isEmpty() ? issued.toLocalDate() : forecast.get(forecast.size() - 1).date();
        LocalDateTime start = p.responseStart() != null ? local(p.responseStart()) : issued;
        return new TempControlNotice(p.number(), issued.toLocalDate(), lift, from, to, forecast,
                lift ? null : c.flatMap(EpisodeDocumentService::primaryPollutant).orElse(null), issued, start,
                lift ? null : local(p.expectedEnd()),
                measures.stream().map(m -> new TempControlNotice.Measure(m.category(), m.measure())).toList(),
                lift ? e.number() : null, lift ? p.reason() : null, e.drill());
    }
}
