package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.PermitStore;
import cn.hazedesk.domain.permit.PermitEntry;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static cn.hazedesk.infra.db.generated.Tables.PERMIT_IMPORT;
import static cn.hazedesk.infra.db.generated.Tables.PERMIT_REGISTER;

/** The permit register in H2 (tables permit_register and permit_import, V9); callers hold the transaction. */
public final class JooqPermitStore implements PermitStore {
    private final JooqTransactions tx;
    private final ZoneId zone;

    public JooqPermitStore(JooqTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public void replaceAll(List<PermitEntry> entries, Imported meta) {
        DSLContext d = tx.dsl();
        d.deleteFrom(PERMIT_REGISTER).execute();
        var batch = d.batch(d.insertInto(PERMIT_REGISTER, PERMIT_REGISTER.PERMIT_NUMBER, PERMIT_REGISTER.UNIT_NAME,
                PERMIT_REGISTER.USCC, PERMIT_REGISTER.MANAGEMENT_TYPE).values((String) null, null, null, null));
        for (PermitEntry e : entries) {
            batch.bind(e.permitNumber(), e.name(), e.uscc(), e.managementType());
        }
        if (!entries.isEmpty()) {
            batch.execute();
        }
        d.deleteFrom(PERMIT_IMPORT).execute();
        d.insertInto(PERMIT_IMPORT).set(PERMIT_IMPORT.ID, 1)
                .set(PERMIT_IMPORT.IMPORTED_AT, LocalDateTime.ofInstant(meta.at(), zone))
                .set(PERMIT_IMPORT.IMPORTED_BY, meta.by()).set(PERMIT_IMPORT.SOURCE_FILE, meta.sourceFile())
                .set(PERMIT_IMPORT.ENTRIES, meta.entries()).execute();
    }

    @Override
    public List<PermitEntry> all() {
        return tx.dsl().selectFrom(PERMIT_REGISTER).orderBy(PERMIT_REGISTER.PERMIT_NUMBER).fetch()
                .map(r -> new PermitEntry(r.getPermitNumber(), r.getUnitName(), r.getUscc(), r.getManagementType()));
    }

    @Override
    public Optional<Imported> imported() {
        return tx.dsl().selectFrom(PERMIT_IMPORT).where(PERMIT_IMPORT.ID.eq(1)).fetchOptional()
                .map(r -> new Imported(r.getImportedAt().atZone(zone).toInstant(), r.getImportedBy(), r.getSourceFile(),
                        r.getEntries()));
    }
}
