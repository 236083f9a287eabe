package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.PermitRegisterSource;
import cn.hazedesk.application.port.PermitStore;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.permit.PermitCrossCheck;
import cn.hazedesk.domain.permit.PermitRegister;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The permit register (排污许可名录) and the list's cross-check against it (docs/measures-and-reductions.md, "The permit
 * register check"): a register file is checked row by row; a file with any problem is not imported (the problems name
 * row, field and reason), a clean one replaces the stored register in one transaction, recorded in the audit trail. The
 * report compares the stored register with the list as it is now.
 */
public final class PermitService {
    private final Transactions tx;
    private final PermitStore store;
    private final EnterpriseStore enterprises;
    private final PermitRegisterSource source;
    private final AuditLog audit;
    private final Clock clock;

    public PermitService(Transactions tx, PermitStore store, EnterpriseStore enterprises, PermitRegisterSource source,
                         AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.enterprises = enterprises;
        this.source = source;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks a register file without storing anything. */
    public PermitRegister.Checked check(Path file) {
        return PermitRegister.check(source.read(file));
    }

    /** Checks the file and, when it is clean, makes it the stored register; returns what the check found. */
    public PermitRegister.Checked importRegister(Path file, Actor by) {
        // the permit register is one file for the whole city, kept by the list's maintainers
        Access.require(by, Action.LIST_IMPORT);
        String actor = by.name();
        PermitRegister.Checked checked = check(file);
        if (!checked.clean()) {
            return checked;
        }
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            store.replaceAll(checked.entries(), new PermitStore.Imported(now, actor, file.toAbsolutePath().toString(),
                    checked.entries().size()));
            audit.record(now, actor, "permit.import", file.getFileName().toString(), AuditDetail.of("permit.import")
                    .with("entries", checked.entries().size()).with("file", file.toAbsolutePath()));
            return null;
        });
        return checked;
    }

    /** When the stored register was imported, if ever. */
    public Optional<PermitStore.Imported> imported() {
        return tx.inTransaction(store::imported);
    }

    /** The stored register against the list as it is now. */
    public PermitCrossCheck.Report report() {
        return tx.inTransaction(() -> {
            List<Enterprise> list = enterprises.loadAll().stream().map(StoredEnterprise::enterprise).toList();
            return PermitCrossCheck.check(store.all(), list);
        });
    }
}
