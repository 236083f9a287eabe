package cn.hazedesk.application;

import cn.hazedesk.domain.document.compose.Phrases;
import cn.hazedesk.application.port.EpisodeStore.Inspection;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.domain.document.AdjustNotice;
import cn.hazedesk.domain.document.LiftGround;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.warning.LiftCheck;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.Inspector;
import cn.hazedesk.domain.document.IssueNotice;
import cn.hazedesk.domain.document.LiftNotice;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.StepNotice;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.Urgency;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import cn.hazedesk.domain.document.compose.DocumentComposer;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.ResponseOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An episode's documents: maps what the episode recorded — proposals, consultations, orders, inspections, the
 * evaluation — onto the document records, and has {@link DocumentService} draw them. Nothing is invented: a fact
 * the episode does not hold (weather cause, contact, PM2.5 peak, cases referred...) is passed as null and the
 * template prints its {@code pending.*} wording.
 *
 * <ul>
 *   <li>a published ISSUE / ADJUST / LIFT proposal → 预警发布 / 调整 / 解除通知 ({@link #notice});</li>
 *   <li>any ISSUE / ADJUST / RESUME / LIFT proposal, open or decided → 审批表 ({@link #approval});</li>
 *   <li>the current orders (optionally of one district) → the order batch ({@link #currentOrders},
 *       {@link #writeOrders});</li>
 *   <li>an order → 督查记录表 with its recorded inspections, or a blank sheet ({@link #inspection});</li>
 *   <li>the episode → 总结评估报告 ({@link #summary}).</li>
 * </ul>
 * The approval form is mapped by {@link ApprovalForms}, the summary report by {@link SummaryReports}; how levels
 * moved between proposals and how the areas are named is {@link LevelChanges}.
 */
public final class EpisodeDocumentService {
    private final EpisodeService episodes;
    private final DocumentService documents;
    private final RegionCatalog regions;
    private final cn.hazedesk.domain.enterprise.IndustryCatalog industries;
    private final LevelChanges levelChanges;
    private final ApprovalForms approvalForms;
    private final SummaryReports summaryReports;
    private final TempControlNotices tempControls;

    public EpisodeDocumentService(EpisodeService episodes, DocumentService documents, RegionCatalog regions,
                                  cn.hazedesk.domain.enterprise.IndustryCatalog industries,
                                  List<cn.hazedesk.domain.episode.TempControlMeasure> tempControlMeasures) {
        this.tempControls = new TempControlNotices(tempControlMeasures, episodes::zone);
        this.episodes = episodes;
        this.documents = documents;
        this.regions = regions;
        this.industries = industries;
        this.levelChanges = new LevelChanges(regions, documents::phrases);
        this.approvalForms = new ApprovalForms(episodes, levelChanges, documents::phrases);
        this.summaryReports = new SummaryReports(episodes, regions, levelChanges, documents::phrases);
    }

    // ---------------------------------------------------------------- finding

    /** The episode with this number: its own (the issue notice's) or that of any of its published notices. */
    public Optional<Episode> byNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = number.strip();
        List<Episode> all = episodes.all();
        return all.stream().filter(e -> n.equals(e.number())).findFirst()
                .or(() -> all.stream().filter(e -> e.proposals().stream().anyMatch(p -> n.equals(p.number()))).findFirst());
    }

    /** The PDF of one composed document. */
    public byte[] pdf(ComposedDocument d) {
        return documents.pdf(d);
    }

    private DocumentComposer composer() {
        return documents.composer();
    }

    private ZoneId zone() {
        return episodes.zone();
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, zone());
    }

    // ---------------------------------------------------------------- notices

    /** True when the proposal was published as a notice this service can print (issue, adjustment, lift). */
    public static boolean hasNotice(Episode e, Proposal p) {
        if (p.state() != ProposalState.PUBLISHED) {
            return false;
        }
        if (e.tempControl()) {
            return p.kind() == cn.hazedesk.domain.episode.ProposalKind.ISSUE || p.kind() == cn.hazedesk.domain.episode.ProposalKind.LIFT;
        }
        return switch (p.kind()) {
            case ISSUE, LIFT, EXTEND, SUSPEND, RESUME -> true;
            case ADJUST -> LevelChanges.previousLevels(e, p).map(prev -> LevelChanges.direction(prev, p.levels()) != 0).orElse(false);
        };
    }

    /** The notice of a published proposal: 发布, 调整 or 解除通知 (see {@link #hasNotice}). */
    public ComposedDocument notice(Episode e, int proposalSeq) {
        Proposal p = proposal(e, proposalSeq);
        if (!hasNotice(e, p)) {
            throw new IllegalArgumentException("no notice for proposal " + proposalSeq + " (" + p.kind() + " " + p.state() + ")");
        }
        if (e.tempControl()) {
            return documents.withRecordCode(composer().tempControl(tempControls.notice(e, p)));
        }
        return documents.withRecordCode(switch (p.kind()) {
            case ISSUE -> composer().issue(issueNotice(e, p));
            case ADJUST -> composer().adjust(adjustNotice(e, p));
            case EXTEND, SUSPEND, RESUME -> composer().step(stepNotice(e, p));
            case LIFT -> composer().lift(liftNotice(e, p));
        });
    }

    /**
     * 延长 / 暂停 / 恢复 notice: the warning's number, the levels in force (which the step keeps), from when (the
     * notice's issue; for a resume its response start), the expected end before and after an extension, the basis.
     */
    public StepNotice stepNotice(Episode e, Proposal p) {
        AreaLevels levels = LevelChanges.previousLevels(e, p).orElseThrow(() -> new IllegalArgumentException("a step before an issue"));
        LocalDateTime issued = local(p.issuedAt());
        StepNotice.Kind kind = switch (p.kind()) {
            case EXTEND -> StepNotice.Kind.EXTEND;
            case SUSPEND -> StepNotice.Kind.SUSPEND;
            case RESUME -> StepNotice.Kind.RESUME;
            default -> throw new IllegalArgumentException("no step notice for " + p.kind());
        };
        LocalDateTime previousEnd = kind == StepNotice.Kind.EXTEND ? local(endBefore(e, p)) : null;
        return new StepNotice(kind, p.number(), issued.toLocalDate(), e.number(), levels.city(), levelChanges.areaLevels(levels),
                kind == StepNotice.Kind.RESUME && p.responseStart() != null ? local(p.responseStart()) : issued,
                previousEnd, kind == StepNotice.Kind.EXTEND ? local(p.expectedEnd()) : null, basisText(e, p), e.drill());
    }

    /** The expected end in force before {@code p}: that of the last published proposal before it that set one. */
    private static Instant endBefore(Episode e, Proposal p) {
        return e.published().stream().filter(q -> q.seq() < p.seq() && q.expectedEnd() != null)
                .reduce((a, b) -> b).map(Proposal::expectedEnd).orElse(null);
    }

    public IssueNotice issueNotice(Episode e, Proposal p) {
        Optional<Consultation> c = basis(e, p);
        // a county-plan warning states the forecast of its districts, not the city's range
        AreaLevels set = p.levels();
        List<cn.hazedesk.domain.document.ForecastDay> forecast = c.map(x -> forecast(x, area -> !set.districtOnly() || set.has(area)))
                .orElse(List.of());
        LocalDate from = forecast.isEmpty() ? null : forecast.get(0).date();
        LocalDate to = forecast.isEmpty() ? null : forecast.get(forecast.size() - 1).date();
        long count = episodes.orders(e.id()).stream().filter(o -> o.proposalSeq() == p.seq()).count();
        LocalDateTime issued = local(p.issuedAt());
        return new IssueNotice(p.number(), issued.toLocalDate(), Urgency.NONE, p.levels().city(),
                levelChanges.areaLevels(p.levels()), from == null ? issued.toLocalDate() : from, to == null ? issued.toLocalDate() : to,
                forecast, c.flatMap(EpisodeDocumentService::primaryPollutant).orElse(null), null, issued,
                local(p.responseStart()), (int) count, null, null, null, List.of(), false, e.drill(),
                p.onHigherNotice() ? p.basisNotice() : null);
    }

    public AdjustNotice adjustNotice(Episode e, Proposal p) {
        AreaLevels prev = LevelChanges.previousLevels(e, p).orElseThrow(() -> new IllegalArgumentException("adjustment before an issue"));
        LocalDateTime issued = local(p.issuedAt());
        // under county plans before and after: the bodies of the districts at a level before or after approve it
        List<String> county = prev.districtOnly() && p.levels().districtOnly() ? regions.districts().stream()
                .filter(d -> prev.has(d.code()) || p.levels().has(d.code())).map(Region::name).toList() : List.of();
        return new AdjustNotice(p.number(), issued.toLocalDate(), Urgency.NONE, levelChanges.changes(prev, p.levels()),
                local(p.responseStart() == null ? p.issuedAt() : p.responseStart()), basisText(e, p), null, null, null,
                e.drill(), county);
    }

    /**
     * The lift notice states the basis actually used: the authority's lift, the forecast hours below the start
     * criteria when they reach the rule's hours, or the shortfall the officer confirmed with its reason.
     */
    public LiftNotice liftNotice(Episode e, Proposal p) {
        AreaLevels lifted = LevelChanges.previousLevels(e, p).orElseThrow(() -> new IllegalArgumentException("lift before an issue"));
        LocalDateTime issued = local(p.issuedAt());
        // the lift's own effective time when the notice gave one, else its issue
        LocalDateTime at = p.responseStart() != null ? local(p.responseStart()) : issued;
        LiftGround ground = p.liftBasis() == LiftBasis.AUTHORITY_LIFTED ? LiftGround.AUTHORITY_LIFTED
                : p.hoursBelow() != null && p.hoursBelow() >= LiftCheck.REQUIRED_HOURS ? LiftGround.CONDITIONS_MET
                : LiftGround.SHORTFALL_CONFIRMED;
        return new LiftNotice(p.number(), issued.toLocalDate(), e.number(), lifted.city(), levelChanges.areaLevels(lifted),
                local(e.issuedAt()), at, ground, p.hoursBelow(), LiftCheck.REQUIRED_HOURS,
                p.reason().isBlank() ? null : p.reason(), null, e.drill());
    }

    // ---------------------------------------------------------------- approval form

    /** Whether an approval form can be printed for the proposal (the form knows issue, up/downgrade and lift). */
    public static boolean hasApprovalForm(Episode e, Proposal p) {
        return ApprovalForms.has(e, p);
    }

    public ComposedDocument approval(Episode e, int proposalSeq) {
        return composer().approval(approvalForm(e, proposal(e, proposalSeq)));
    }

    public ApprovalForm approvalForm(Episode e, Proposal p) {
        return approvalForms.form(e, p);
    }

    // ---------------------------------------------------------------- orders

    /** A batch of orders with what it shares: the envelope, the level for the cover and the scope (district or null). */
    public record OrderBatch(List<ResponseOrder> orders, OrderEnvelope envelope, WarningLevel level, String scope) {
    }

    /**
     * The episode's current (not superseded) orders, of one district if named (throws {@link UnknownDistrictException}
     * for a name that is not a district). Numbered after the round's notice: 石污防指〔2026〕1号 gives
     * 石污防指〔2026〕1-1号, 1-2号 ...; issue time and response start from that notice.
     */
    public OrderBatch currentOrders(Episode e, Optional<String> district) {
        Optional<Region> d = district.map(String::strip).map(n -> regions.districtByName(n)
                .orElseThrow(() -> new UnknownDistrictException(n)));
        List<StoredOrder> current = episodes.orders(e.id()).stream().filter(StoredOrder::current)
                .filter(o -> d.isEmpty() || d.get().code().equals(o.order().districtCode())).toList();
        Optional<Proposal> round = current.stream().map(StoredOrder::proposalSeq).max(Integer::compare)
                .flatMap(e::proposal)
                .or(() -> e.published().stream().filter(p -> p.kind().setsLevels()).reduce((a, b) -> b));
        String number = round.map(Proposal::number).orElse(e.number());
        String end = documents.phrases().get("numberEnd");
        String prefix = number == null ? null : (number.endsWith(end) ? number.substring(0, number.length() - end.length()) : number) + "-";
        Instant issued = round.map(Proposal::issuedAt).orElse(e.issuedAt());
        LocalDateTime issuedAt = local(issued);
        OrderEnvelope env = new OrderEnvelope(prefix, 1, issuedAt, local(round.map(Proposal::responseStart).orElse(e.responseStart())),
                null, issuedAt == null ? LocalDate.now(episodes.clock()) : issuedAt.toLocalDate(), e.drill());
        AreaLevels levels = round.map(Proposal::levels).orElse(e.levels());
        WarningLevel level = levels == null ? WarningLevel.YELLOW
                : d.map(r -> levels.of(r.code())).orElse(LevelChanges.headline(levels));
        return new OrderBatch(current.stream().map(StoredOrder::order).toList(), env, level, d.map(Region::name).orElse(null));
    }

    /** What must be confirmed before the batch goes out (key-industry firms without a measure, defaults to verify...). */
    public cn.hazedesk.domain.response.OrderChecks checks(OrderBatch b) {
        return cn.hazedesk.domain.response.OrderChecks.of(b.orders(), industries);
    }

    /** The batch as one PDF: the cover list, then one order per page. */
    public DocumentService.Batch writeOrders(OrderBatch b, OutputStream out, ProgressListener progress,
                                             CancelToken cancel) throws IOException {
        return documents.writeOrders(b.orders(), b.envelope(), b.level(), b.scope(), out, progress, cancel);
    }

    /** One PDF per order into a folder. */
    public List<java.nio.file.Path> writeOrderFiles(OrderBatch b, java.nio.file.Path folder, ProgressListener progress,
                                                    CancelToken cancel) throws IOException {
        return documents.writeOrderFiles(b.orders(), b.envelope(), folder, progress, cancel);
    }

    // ---------------------------------------------------------------- inspection record

    /** 督查记录表 of one order: its recorded inspections as findings and inspectors, or a blank sheet if none. */
    public ComposedDocument inspection(Episode e, StoredOrder o) {
        return composer().inspection(inspectionRecord(e, o));
    }

    /** One stored order of the episode by its id. */
    public StoredOrder order(Episode e, long orderId) {
        return episodes.orders(e.id()).stream().filter(o -> o.id() == orderId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order " + orderId + " in episode " + e.id()));
    }

    public InspectionRecord inspectionRecord(Episode e, StoredOrder o) {
        List<Inspection> done = episodes.inspections(o.id());
        InspectionRecord blank = InspectionRecord.blankFor(o.order(), e.drill());
        if (done.isEmpty()) {
            return blank;
        }
        List<Inspection> sorted = done.stream().sorted(Comparator.comparing(Inspection::inspectedAt)).toList();
        Phrases words = documents.phrases();
        String findings = sorted.stream().map(i -> words.get(i.compliant() ? "inspection.compliant" : "inspection.nonCompliant",
                "time", stamp(words, local(i.inspectedAt())), "finding", i.finding())).collect(Collectors.joining(words.get("clauseSeparator")));
        List<Inspector> inspectors = sorted.stream().map(Inspection::inspector).distinct()
                .map(n -> new Inspector(n, null)).toList();
        String evidence = sorted.stream().map(Inspection::photoPath).filter(Objects::nonNull)
                .map(pth -> java.nio.file.Path.of(pth).getFileName().toString()).collect(Collectors.joining(words.get("listSeparator")));
        LocalDateTime from = local(sorted.get(0).inspectedAt());
        LocalDateTime to = local(sorted.get(sorted.size() - 1).inspectedAt());
        return new InspectionRecord(blank.uscc(), blank.enterpriseName(), blank.address(), blank.districtName(),
                blank.industry(), blank.grade(), blank.level(), blank.contactName(), blank.contactPhone(), from,
                to.equals(from) ? null : to, List.of(), findings, null, evidence.isEmpty() ? null : evidence, inspectors,
                null, e.drill());
    }

    // ---------------------------------------------------------------- summary report

    public ComposedDocument summary(Episode e) {
        return documents.withRecordCode(composer().summary(summaryReport(e)));
    }

    public SummaryReport summaryReport(Episode e) {
        return summaryReports.report(e);
    }

    // ---------------------------------------------------------------- helpers

    /** A time as the documents write it: 12月9日20时05分. */
    static String stamp(Phrases words, LocalDateTime l) {
        return words.get("stamp", "month", String.valueOf(l.getMonthValue()), "day", String.valueOf(l.getDayOfMonth()),
                "hour", String.valueOf(l.getHour()), "minute", String.format("%02d", l.getMinute()));
    }

    private static Proposal proposal(Episode e, int seq) {
        return e.proposal(seq).orElseThrow(() -> new IllegalArgumentException("no proposal " + seq + " in episode " + e.id()));
    }

    static Optional<Consultation> basis(Episode e, Proposal p) {
        return p.basis() > 0 ? e.consultation(p.basis()) : Optional.empty();
    }

    private String basisText(Episode e, Proposal p) {
        Phrases words = documents.phrases();
        String stop = words.get("sentenceEnd");
        String opinion = basis(e, p).map(Consultation::opinion).filter(s -> !s.isBlank()).orElse(null);
        return join("", p.onHigherNotice() ? words.get("notice.higherNotice", "notice", p.basisNotice()) : null,
                opinion == null ? null : opinion.endsWith(stop) ? opinion : opinion + stop,
                p.reason().isBlank() ? null : p.reason().endsWith(stop) ? p.reason() : p.reason() + stop);
    }

    /** Per day the lowest and highest AQI forecast over the areas. */
    static List<cn.hazedesk.domain.document.ForecastDay> forecast(Consultation c) {
        return forecast(c, area -> true);
    }

    /** As {@link #forecast(Consultation)} over the areas {@code area} accepts (a county-plan warning: its districts). */
    static List<cn.hazedesk.domain.document.ForecastDay> forecast(Consultation c, java.util.function.Predicate<String> area) {
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        for (ForecastDay d : c.days()) {
            if (!area.test(d.regionCode())) {
                continue;
            }
            byDay.merge(d.date(), new int[]{d.aqi(), d.aqi()}, (a, b) -> new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<cn.hazedesk.domain.document.ForecastDay> out = new ArrayList<>();
        byDay.forEach((d, r) -> out.add(new cn.hazedesk.domain.document.ForecastDay(d, r[0], r[1])));
        return out;
    }

    /** The pollutant named most often as primary (ties: first by name); empty when none was named. */
    static Optional<String> primaryPollutant(Consultation c) {
        Map<String, Long> counts = c.days().stream().map(ForecastDay::primaryPollutant).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? null : String.join(sep, kept);
    }
}
