package cn.hazedesk.application.port;

import cn.hazedesk.domain.permit.PermitEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The imported permit register: replaced whole at each import (a register is a snapshot). */
public interface PermitStore {
    void replaceAll(List<PermitEntry> entries, Imported meta);

    List<PermitEntry> all();

    Optional<Imported> imported();

    /** When, by whom and from which file the register was imported, and how many entries it holds. */
    record Imported(Instant at, String by, String sourceFile, int entries) {
    }
}
