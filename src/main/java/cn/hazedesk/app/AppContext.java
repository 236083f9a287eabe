package cn.hazedesk.app;

import cn.hazedesk.application.EpisodeService;
import cn.hazedesk.domain.episode.EpisodeRules;
import cn.hazedesk.domain.episode.WorkflowSettings;
import cn.hazedesk.infra.data.WorkflowRulesCsv;
import cn.hazedesk.infra.db.FolderPhotoArchive;
import cn.hazedesk.infra.db.JooqEpisodeStore;

import cn.hazedesk.application.CampaignService;
import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.ListExportService;
import cn.hazedesk.application.ListFileCheck;
import cn.hazedesk.application.ListImportService;
import cn.hazedesk.application.SampleDataService;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.application.SystemInfoService;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.infra.data.IndustriesCsv;
import cn.hazedesk.infra.data.ListReadingCsv;
import cn.hazedesk.domain.listimport.ListEntryParser;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.db.JooqCampaignStore;
import cn.hazedesk.infra.db.JooqChangeLog;
import cn.hazedesk.infra.data.SampleListCsv;
import cn.hazedesk.infra.db.JooqAuditLog;
import cn.hazedesk.infra.db.JooqEnterpriseStore;
import cn.hazedesk.infra.db.JooqMetaStore;
import cn.hazedesk.infra.db.JooqTransactions;
import cn.hazedesk.infra.db.Store;
import cn.hazedesk.infra.excel.LazyListWorkbook;

import cn.hazedesk.application.GradingService;
import cn.hazedesk.application.ReductionService;
import cn.hazedesk.application.ResponseOrderService;
import cn.hazedesk.application.DocumentService;
import cn.hazedesk.infra.data.DocumentTemplateFiles;
import cn.hazedesk.infra.pdf.OpenPdfDocumentRenderer;
import cn.hazedesk.infra.pdf.PdfBoxPages;
import cn.hazedesk.domain.response.ResponseOrderGenerator;
import cn.hazedesk.domain.measure.MeasureMatrix;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.reduction.ReductionCalculator;
import cn.hazedesk.infra.data.MeasureMatrixCsv;
import cn.hazedesk.infra.data.ReductionRulesCsv;
import cn.hazedesk.infra.db.JooqGradeStore;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root of everything below the UI: opens the store in one data folder and wires repositories
 * and application services by constructor. One instance per running app (or per test); nothing static.
 */
public final class AppContext implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private final Store store;
    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final JooqTransactions tx;
    private final JooqEnterpriseStore enterprises;
    private final JooqChangeLog changes;
    private final JooqAuditLog audit;
    private final cn.hazedesk.application.port.ChangeFeed feed;
    private final cn.hazedesk.application.AuditQueryService auditQuery;
    private final Clock clock;
    private final SampleDataService sampleData;
    private final cn.hazedesk.application.ListRewrite listRewrite;
    private final cn.hazedesk.application.BackupService backups;
    private final cn.hazedesk.application.DatabaseSettingsService databaseSettings;
    private final EnterpriseListService list;
    private final CampaignService campaigns;
    private final SystemInfoService systemInfo;
    private volatile cn.hazedesk.domain.access.Actor actor = cn.hazedesk.domain.access.Actor.SYSTEM;
    // the list's Excel import and export
    private final ListFileCheck listFileCheck;
    private final ListImportService listImport;
    private final ListExportService listExport;
    // grading, the measure matrix and reduction accounting
    private final GradingService grading;
    private final ReductionService reduction;
    // documents
    private final ResponseOrderService responseOrders;
    private final EpisodeService episodes;
    private final DocumentService documents;
    private final cn.hazedesk.application.EpisodeDocumentService episodeDocuments;
    private final cn.hazedesk.application.IssuePackages issuePackages;
    private final cn.hazedesk.application.DocumentLog documentLog;
    private final cn.hazedesk.application.port.UiSettings uiSettings;
    private final cn.hazedesk.application.AccountService accounts;
    // the permit register and the list's cross-check
    private final cn.hazedesk.application.PermitService permits;

    private AppContext(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.regions = RegionsCsv.load();
        this.industries = IndustriesCsv.load();
        this.tx = new JooqTransactions(store.dsl(), store::translate);
        this.enterprises = new JooqEnterpriseStore(tx);
        this.changes = new JooqChangeLog(tx, clock.getZone());
        // other seats' news (shared mode), announced by every audit record in its writing transaction
        this.feed = cn.hazedesk.infra.db.PostgresChangeFeed.of(store, tx);
        this.audit = new JooqAuditLog(tx, clock.getZone(), feed);
        // the 操作记录 page and episode timelines; POI is loaded only when an export is written
        this.auditQuery = new cn.hazedesk.application.AuditQueryService(tx, new cn.hazedesk.infra.db.JooqAuditQuery(tx),
                changes, (file, sheet, headers, entries, actionLabel, progress) -> new cn.hazedesk.infra.excel.PoiAuditExport()
                        .write(file, sheet, headers, entries, actionLabel, progress));
        // a city's own rule files in <data>/rules/ replace the bundled ones (same names, same columns)
        java.nio.file.Path siteRules = store.dataFolder().resolve("rules");
        // one parser of list text for the import, the editor and the sample (data/list-vocabulary.csv and friends)
        ListEntryParser listParser = ListReadingCsv.parser(regions, industries, siteRules);
        // whole-list writes (import, replace, removing the sample) build a new list version and switch to it
        // ... on a copy of the database that then replaces it in one rename (the database in use never holds one half done)
        this.listRewrite = new cn.hazedesk.application.ListRewrite(tx, enterprises, new cn.hazedesk.infra.db.JooqListVersions(tx),
                changes, store.bulkWrites(tx));
        this.sampleData = new SampleDataService(tx, enterprises, new JooqMetaStore(tx), audit,
                new SampleListCsv(listParser), listRewrite, clock);
        this.systemInfo = new SystemInfoService(AppVersion.get(), store);
        this.list = new EnterpriseListService(tx, enterprises, changes, audit, listParser, clock);
        LazyListWorkbook workbook = new LazyListWorkbook(regions, listParser.vocabulary());
        this.listFileCheck = new ListFileCheck(workbook, listParser);
        this.backups = new cn.hazedesk.application.BackupService(new cn.hazedesk.infra.db.StoreBackups(store, clock), clock);
        this.databaseSettings = new cn.hazedesk.application.DatabaseSettingsService(
                new cn.hazedesk.infra.db.ServerSettingsFiles(store, clock), tx, audit, clock);
        this.listImport = new ListImportService(listFileCheck, tx, enterprises, listRewrite, audit, backups, clock);
        this.listExport = new ListExportService(workbook, enterprises, tx);
        // grading, the measure matrix and reduction accounting
        JooqGradeStore gradeStore = new JooqGradeStore(tx, clock.getZone());
        this.grading = new GradingService(tx, gradeStore, enterprises, changes, audit, industries,
                listParser.vocabulary(), clock);
        MeasureMatrix measureMatrix = MeasureMatrixCsv.load(industries, siteRules);
        MeasureSelector measureSelector = new MeasureSelector(measureMatrix, ReductionRulesCsv.exemptions(siteRules), industries,
                MeasureMatrixCsv.fallbacks(industries, siteRules), MeasureMatrixCsv.transport(siteRules));
        this.reduction = new ReductionService(tx, enterprises, grading, measureSelector,
                new ReductionCalculator(measureSelector, ReductionRulesCsv.targets(siteRules),
                        ReductionRulesCsv.inventory(regions, siteRules),
                        ReductionRulesCsv.sourceReductions(regions, siteRules), regions), clock);
        this.responseOrders = new ResponseOrderService(reduction, new ResponseOrderGenerator(measureSelector, regions),
                regions, industries, clock);
        // every notice, order cover and summary report carries the audit trail's code at the moment it is made
        cn.hazedesk.application.AuditIntegrityService integrity = auditIntegrity();
        this.documents = new DocumentService(new DocumentTemplateFiles(siteRules), new OpenPdfDocumentRenderer(),
                integrity::headCode);
        this.campaigns = new CampaignService(tx, new JooqCampaignStore(tx, clock.getZone()), grading, list, audit, clock);
        // warning episodes
        WorkflowSettings workflow = WorkflowRulesCsv.load(siteRules, regions);
        this.episodes = new EpisodeService(tx, new JooqEpisodeStore(tx, clock.getZone()),
                new EpisodeRules(criteriaProfiles(), workflow.signatories(), regions), workflow, responseOrders, grading, reduction, audit,
                new FolderPhotoArchive(store.dataFolder()), regions, clock, documents::phrases);
        this.episodeDocuments = new cn.hazedesk.application.EpisodeDocumentService(episodes, documents, regions,
                industries, cn.hazedesk.infra.data.TempControlMeasuresCsv.load(siteRules));
        this.issuePackages = new cn.hazedesk.application.IssuePackages(episodeDocuments, documents, tx, audit, clock);
        this.documentLog = new cn.hazedesk.application.DocumentLog(tx, audit, clock);
        this.uiSettings = new cn.hazedesk.infra.settings.PropertiesUiSettings(store.dataFolder().resolve("window.properties"));
        this.permits = new cn.hazedesk.application.PermitService(tx, new cn.hazedesk.infra.db.JooqPermitStore(tx,
                clock.getZone()), enterprises, new cn.hazedesk.infra.permit.PermitRegisterFile(), audit, clock);
        this.accounts = new cn.hazedesk.application.AccountService(tx, new cn.hazedesk.infra.db.JooqAccountStore(tx, clock.getZone()),
                new cn.hazedesk.infra.security.Argon2Hasher(), cn.hazedesk.infra.data.RolesCsv.roles(siteRules),
                cn.hazedesk.infra.data.RolesCsv.policy(siteRules), regions, audit, clock);
    }

    public EpisodeService episodes() {
        return episodes;
    }

    /** Users, sign-in and password changes (data/roles.csv, data/access.csv). */
    public cn.hazedesk.application.AccountService accounts() {
        return accounts;
    }

    /** The audit trail's hash chain: verified at start, on the 操作记录 page and by {@code audit verify}. */
    public cn.hazedesk.application.AuditIntegrityService auditIntegrity() {
        return new cn.hazedesk.application.AuditIntegrityService(tx, new cn.hazedesk.infra.db.JooqAuditChainSource(tx));
    }

    /** The permit register (排污许可名录) and the list's cross-check against it. */
    public cn.hazedesk.application.PermitService permits() {
        return permits;
    }

    /** An episode's notices, approval forms, order batch, inspection sheets and summary report. */
    public cn.hazedesk.application.EpisodeDocumentService episodeDocuments() {
        return episodeDocuments;
    }

    /** The window's remembered layout for this data folder (window.properties beside the database). */
    public cn.hazedesk.application.port.UiSettings uiSettings() {
        return uiSettings;
    }

    /** The record of documents printed and saved as PDF. */
    public cn.hazedesk.application.DocumentLog documentLog() {
        return documentLog;
    }

    /** The issue packages (notice, approval form, orders) written after a round is published. */
    public cn.hazedesk.application.IssuePackages issuePackages() {
        return issuePackages;
    }

    /**
     * Opens (creating and migrating as needed) the store in {@code dataFolder} and discards what an interrupted
     * whole-list write left behind; throws StoreException with a reason.
     */
    public static AppContext open(Path dataFolder, Clock clock) {
        return open(dataFolder, clock, java.util.Optional.empty());
    }

    /**
     * As {@link #open(Path, Clock)}, on the PostgreSQL database {@code server} names (the command line's {@code --db});
     * when it is empty, on what the folder's database.properties names, or else the folder's own H2 file.
     */
    public static AppContext open(Path dataFolder, Clock clock, java.util.Optional<cn.hazedesk.infra.db.DatabaseSettings> server) {
        Store store = Store.open(dataFolder, clock, server);
        try {
            AppContext ctx = new AppContext(store, clock);
            ctx.listRewrite.discardStale(cn.hazedesk.application.CancelToken.NONE);
            return ctx;
        } catch (RuntimeException e) {
            store.close();
            if (store.server().isPresent() && cn.hazedesk.infra.db.ServerFailures.fromDatabase(e)) {
                throw cn.hazedesk.infra.db.StoreException.fromServer(e, store.server().get()); // the server's, not a file's
            }
            if (!cn.hazedesk.infra.db.StoreException.isStorage(e)) {
                throw e;
            }
            throw cn.hazedesk.infra.db.StoreException.from(e, store.dataFolder());
        }
    }

    /**
     * The desktop app's start: {@link #open}, then on the first start the sample list, and on the first start of the
     * day a backup (a backup that cannot be written is logged and does not stop the start). A failure of the disk or
     * the database on the way is a StoreException, like one while opening.
     */
    public static AppContext start(Path dataFolder, Clock clock) {
        return start(dataFolder, clock, java.util.Optional.empty());
    }

    /** As {@link #start(Path, Clock)}, on the database {@code server} names if given (see {@link #open(Path, Clock, java.util.Optional)}). */
    public static AppContext start(Path dataFolder, Clock clock, java.util.Optional<cn.hazedesk.infra.db.DatabaseSettings> server) {
        AppContext ctx = open(dataFolder, clock, server);
        try {
            int loaded = ctx.sampleData().loadIfFirstStart(cn.hazedesk.domain.access.Actor.SYSTEM.name());
            if (loaded > 0) {
                LOG.info("First start: loaded {} sample enterprises", loaded);
            }
            try {
                ctx.backups().dailyIfDue();
            } catch (RuntimeException e) {
                LOG.warn("The daily backup could not be written: {}", e.toString());
            }
            return ctx;
        } catch (RuntimeException e) {
            ctx.close();
            if (ctx.store().server().isPresent() && cn.hazedesk.infra.db.ServerFailures.fromDatabase(e)) {
                throw cn.hazedesk.infra.db.StoreException.fromServer(e, ctx.store().server().get());
            }
            if (!cn.hazedesk.infra.db.StoreException.isStorage(e)) {
                throw e;
            }
            throw cn.hazedesk.infra.db.StoreException.from(e, ctx.store().dataFolder());
        }
    }

    /** Backups: list, by hand, daily, on exit, before imports. */
    public cn.hazedesk.application.BackupService backups() {
        return backups;
    }

    public Store store() {
        return store;
    }

    public RegionCatalog regions() {
        return regions;
    }

    public IndustryCatalog industries() {
        return industries;
    }

    public Clock clock() {
        return clock;
    }

    public JooqTransactions transactions() {
        return tx;
    }

    public JooqEnterpriseStore enterprises() {
        return enterprises;
    }

    public JooqChangeLog changeLog() {
        return changes;
    }

    public JooqAuditLog auditLog() {
        return audit;
    }

    /** 数据库设置 (administrators): the data folder's file or a shared server from the next start; the copy to it. */
    public cn.hazedesk.application.DatabaseSettingsService databaseSettings() {
        return databaseSettings;
    }

    /** Reads the audit trail: filtered pages, one subject's records (a timeline), the Excel export. */
    public cn.hazedesk.application.AuditQueryService auditQuery() {
        return auditQuery;
    }

    public EnterpriseListService list() {
        return list;
    }

    public SampleDataService sampleData() {
        return sampleData;
    }

    public SystemInfoService systemInfo() {
        return systemInfo;
    }

    public ListFileCheck listFileCheck() {
        return listFileCheck;
    }

    public ListImportService listImport() {
        return listImport;
    }

    public ListExportService listExport() {
        return listExport;
    }

    /** The warning criteria profiles (data/warning-criteria.csv, or the site's own in <data>/rules/). */
    public java.util.Map<String, cn.hazedesk.domain.warning.CriteriaProfile> criteriaProfiles() {
        return cn.hazedesk.infra.data.CriteriaCsv.load(store.dataFolder().resolve("rules"));
    }

    public String defaultCriteriaProfile() {
        return cn.hazedesk.infra.data.CriteriaCsv.DEFAULT_PROFILE;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public GradingService grading() {
        return grading;
    }

    public ReductionService reduction() {
        return reduction;
    }

    /** The response orders of the stored list at a level. */
    public ResponseOrderService responseOrders() {
        return responseOrders;
    }

    /** The documents as PDFs: templates from data/documents (or the site's rules/documents), drawn with OpenPDF. */
    public DocumentService documents() {
        return documents;
    }

    /** Opens PDFs as page images for the preview and printing (PDFBox). */
    public cn.hazedesk.application.port.PdfPages.Opener pdfPages() {
        return PdfBoxPages::open;
    }

    /**
     * Who is acting: the signed-in user (the actor of every record, whose role and scope the services check), or
     * {@link cn.hazedesk.domain.access.Actor#SYSTEM}, who may change nothing, until someone signs in.
     */
    public cn.hazedesk.domain.access.Actor actor() {
        return actor;
    }

    /** The user who signed in (the window's sign-in, or a command's --user with its password). */
    public void setActor(cn.hazedesk.domain.access.Actor signedIn) {
        this.actor = java.util.Objects.requireNonNull(signedIn);
    }

    /** What other seats change, for the screens that show it (nothing with the data folder's H2 file: one seat). */
    public cn.hazedesk.application.port.ChangeFeed changeFeed() {
        return feed;
    }

    @Override
    public void close() {
        feed.close();
        store.close();
    }
}
