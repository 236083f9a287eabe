package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.ChangeLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseDiff;
import cn.hazedesk.domain.enterprise.EnterpriseValidator;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.listimport.ListEntryParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading and editing the list one enterprise at a time: every save is validated, written in one transaction
 * together with its field-by-field history and an audit record; a refused save changes nothing.
 */
public final class EnterpriseListService {
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

    /** The outcome of a save: the stored id, or the problems that refused it. */
    public record SaveResult(Optional<Long> id, List<ListProblem> problems) {
        public boolean saved() {
            return id.isPresent();
        }
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

    /** Saves a new enterprise ({@code id} empty) or replaces a stored one. */
    public SaveResult save(Optional<Long> id, Enterprise edited, Actor by) {
        Access.require(by, Action.ENTERPRISE_EDIT, edited.districtCode());
        if (id.isPresent()) {
            // moving an enterprise out of a district is a change of that district too
            tx.inTransaction(() -> store.find(id.get())).ifPresent(before ->
                    Access.require(by, Action.ENTERPRISE_EDIT, before.enterprise().districtCode()));
        }
        String actor = by.name();
        List<ListProblem> problems = new ArrayList<>(validator.validate(edited));
        if (!problems.isEmpty()) {
            return new SaveResult(Optional.empty(), problems);
        }
        return tx.inTransaction(() -> {
            Optional<StoredEnterprise> sameUscc = store.findByUscc(edited.uscc());
            if (sameUscc.isPresent() && (id.isEmpty() || sameUscc.get().id() != id.get())) {
                return new SaveResult(Optional.empty(), List.of(ListProblem.of(ListField.USCC, null,
                        ListProblem.Kind.USCC_TAKEN, sameUscc.get().enterprise().name())));
            }
            if (id.isEmpty()) {
                long newId = store.insert(edited, false);
                changes.record(edited.uscc(), edited.name(), clock.instant(), actor,
                        List.of(new FieldChange(FieldChange.CREATED, null, "", edited.name())));
                audit.record(clock.instant(), actor, "enterprise.create", edited.uscc(), AuditDetail.of("enterprise.create")
                        .with("name", edited.name()));
                return new SaveResult(Optional.of(newId), List.of());
            }
            StoredEnterprise before = store.find(id.get())
                    .orElseThrow(() -> new IllegalStateException("enterprise " + id.get() + " no longer exists"));
            List<FieldChange> diff = EnterpriseDiff.changes(before.enterprise(), edited);
            if (!diff.isEmpty()) {
                store.update(id.get(), edited);
                // history is kept under the USCC the enterprise has now; a changed USCC is itself a recorded field
                changes.record(edited.uscc(), edited.name(), clock.instant(), actor, diff);
                audit.record(clock.instant(), actor, "enterprise.update", edited.uscc(), AuditDetail.of("enterprise.update")
                        .with("changes", diff.size()));
            }
            return new SaveResult(id, List.of());
        });
    }

    public void delete(long id, Actor by) {
        String actor = by.name();
        tx.inTransaction(() -> {
            StoredEnterprise e = store.find(id).orElseThrow(() -> new IllegalStateException("enterprise " + id + " no longer exists"));
            Access.require(by, Action.ENTERPRISE_DELETE, e.enterprise().districtCode());
            store.delete(id);
            changes.record(e.enterprise().uscc(), e.enterprise().name(), clock.instant(), actor,
                    List.of(new FieldChange(FieldChange.DELETED, null, e.enterprise().name(), "")));
            audit.record(clock.instant(), actor, "enterprise.delete", e.enterprise().uscc(), AuditDetail.of("enterprise.delete")
                    .with("name", e.enterprise().name()));
        });
    }
}
