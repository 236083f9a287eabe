package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseDiff;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.ListEditRefusal;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.listimport.ListEntryParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reading and editing the list one enterprise at a time: every save is validated, written in one transaction
 * together with its field-by-field history and an audit record; a refused save changes nothing.
 */
public final class EnterpriseListService {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Transactions tx;
    private final EnterpriseStore store;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final ListEntryParser parser;
    private final EnterpriseValidator validator;
    private final Clock clock;

    public EnterpriseListService(Transactions tx, EnterpriseStore store, ChangeLog changes, AuditLog audit,
                                 ListEntryParser parser, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.changes = changes;
        this.audit = audit;
        this.parser = parser;
        this.validator = parser.validator();
        this.clock = clock;
    }

    /** The rows the actor sees: a district user only their district's enterprises (docs/access.md). */
    public List<EnterpriseRow> rows(Actor who) {
        return rows().stream().filter(r -> who.scope().covers(r.districtCode())).toList();
    }

    public List<EnterpriseRow> rows() {
        return store.rows();
    }

    public Optional<StoredEnterprise> find(long id) {
        return store.find(id);
    }

    public List<ChangeRecord> history(String uscc) {
        return changes.history(uscc);
    }

    public EnterpriseValidator validator() {
        return validator;
    }

    /** The list's parser: the editor reads its fields with the import's rules. */
    public ListEntryParser parser() {
        return parser;
    }

    /**
     * Saves a new enterprise ({@code id} empty) or replaces a stored one: accepted with the stored id, or refused
     * ({@link ListEditRefusal}) with nothing changed — invalid fields and a USCC another enterprise holds carry their
     * {@link ListProblem}s as the refusal's parts.
     */
    public Outcome<Long> save(Optional<Long> id, Enterprise edited, Actor by) {
        return save(id, OptionalLong.empty(), edited, by);
    }

    /**
     * Saves the changes to {@code opened}, the enterprise as the editor read it: refused
     * ({@link ListEditRefusal#CHANGED_MEANWHILE}, naming who changed it and when) when it was changed since, so that
     * a second seat never overwrites the first one's save unseen; otherwise as {@link #save(Optional, Enterprise, Actor)}.
     */
    public Outcome<Long> save(StoredEnterprise opened, Enterprise edited, Actor by) {
        return save(Optional.of(opened.id()), OptionalLong.of(opened.version()), edited, by);
    }

    private Outcome<Long> save(Optional<Long> id, OptionalLong openedVersion, Enterprise edited, Actor by) {
        Access.require(by, Action.ENTERPRISE_EDIT, edited.districtCode());
        if (id.isPresent()) {
            // moving an enterprise out of a district is a change of that district too
            tx.inTransaction(() -> store.find(id.get())).ifPresent(before ->
                    Access.require(by, Action.ENTERPRISE_EDIT, before.enterprise().districtCode()));
        }
        String actor = by.name();
        List<ListProblem> problems = new ArrayList<>(validator.validate(edited));
        if (!problems.isEmpty()) {
            return Outcome.refused(Outcome.Refusal.of(ListEditRefusal.INVALID_FIELDS, problems.size()).withParts(problems));
        }
        return tx.inTransaction(() -> {
            store.lockList(); // another seat adding the same credit code meanwhile waits, then is refused below
            Optional<StoredEnterprise> sameUscc = store.findByUscc(edited.uscc());
            if (sameUscc.isPresent() && (id.isEmpty() || sameUscc.get().id() != id.get())) {
                String other = sameUscc.get().enterprise().name();
                return Outcome.<Long>refused(Outcome.Refusal.of(ListEditRefusal.DUPLICATE_USCC, edited.uscc(), other)
                        .withParts(List.of(ListProblem.of(ListField.USCC, null, ListProblem.Kind.USCC_TAKEN, other))));
            }
            if (id.isEmpty()) {
                long newId = store.insert(edited, false);
                changes.record(edited.uscc(), edited.name(), clock.instant(), actor,
                        List.of(new FieldChange(FieldChange.CREATED, null, "", edited.name())));
                audit.record(clock.instant(), actor, "enterprise.create", edited.uscc(), AuditDetail.of("enterprise.create")
                        .with("name", edited.name()));
                return Outcome.accepted(newId);
            }
            Optional<StoredEnterprise> stored = store.find(id.get());
            if (stored.isEmpty()) {
                return Outcome.<Long>refused(ListEditRefusal.NOT_FOUND, id.get());
            }
            StoredEnterprise before = stored.get();
            long expected = openedVersion.orElse(before.version());
            if (before.version() != expected) {
                return changedMeanwhile(before);
            }
            List<FieldChange> diff = EnterpriseDiff.changes(before.enterprise(), edited, parser.vocabulary().values());
            if (!diff.isEmpty()) {
                if (!store.update(id.get(), expected, edited)) {
                    // saved by another seat between the reading above and this write
                    return changedMeanwhile(store.find(id.get()).orElse(before));
                }
                // history is kept under the USCC the enterprise has now; a changed USCC is itself a recorded field
                changes.record(edited.uscc(), edited.name(), clock.instant(), actor, diff);
                audit.record(clock.instant(), actor, "enterprise.update", edited.uscc(), AuditDetail.of("enterprise.update")
                        .with("changes", diff.size()));
            }
            return Outcome.accepted(id.get());
        });
    }

    /** The refusal of a save over a change made meanwhile: the enterprise, and who changed it last and when. */
    private Outcome<Long> changedMeanwhile(StoredEnterprise now) {
        List<ChangeRecord> history = changes.history(now.enterprise().uscc());
        String who = history.isEmpty() ? "?" : history.get(0).actor();
        String when = history.isEmpty() ? "?" : history.get(0).when().format(WHEN);
        return Outcome.refused(ListEditRefusal.CHANGED_MEANWHILE, now.enterprise().name(), who, when);
    }

    /** Deletes an enterprise with its lines (its history stays): accepted with its name, or refused NOT_FOUND. */
    public Outcome<String> delete(long id, Actor by) {
        String actor = by.name();
        return tx.inTransaction(() -> {
            Optional<StoredEnterprise> stored = store.find(id);
            if (stored.isEmpty()) {
                return Outcome.<String>refused(ListEditRefusal.NOT_FOUND, id);
            }
            StoredEnterprise e = stored.get();
            Access.require(by, Action.ENTERPRISE_DELETE, e.enterprise().districtCode());
            store.delete(id);
            changes.record(e.enterprise().uscc(), e.enterprise().name(), clock.instant(), actor,
                    List.of(new FieldChange(FieldChange.DELETED, null, e.enterprise().name(), "")));
            audit.record(clock.instant(), actor, "enterprise.delete", e.enterprise().uscc(), AuditDetail.of("enterprise.delete")
                    .with("name", e.enterprise().name()));
            return Outcome.accepted(e.enterprise().name());
        });
    }
}
