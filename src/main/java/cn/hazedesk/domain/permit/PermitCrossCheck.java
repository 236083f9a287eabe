package cn.hazedesk.domain.permit;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.uscc.Uscc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list against the permit register (the list must cover all air-polluting enterprises, cross-checked against the
 * pollutant discharge permit register: docs/measures-and-reductions.md, "The permit register check"):
 * <ul>
 *   <li>{@code missingFromList}: register entries with neither their code nor their permit number on the list;</li>
 *   <li>{@code permitMismatch}: list enterprises whose code is in the register but whose permit number differs (or is
 *       not written on the list);</li>
 *   <li>{@code usccMismatch}: list enterprises whose permit number is in the register under another code.</li>
 * </ul>
 * The register does not say which units emit to air, so a unit missing from the list may be a water-only one: the
 * report lists it for the officer to judge.
 */
public final class PermitCrossCheck {
    private PermitCrossCheck() {
    }

    /** A list enterprise whose permit number does not match the register: what each says. */
    public record Mismatch(Enterprise enterprise, PermitEntry register) {
    }

    public record Report(List<PermitEntry> missingFromList, List<Mismatch> permitMismatch, List<Mismatch> usccMismatch,
                         int registerEntries, int listEnterprises) {
        public Report {
            missingFromList = List.copyOf(missingFromList);
            permitMismatch = List.copyOf(permitMismatch);
            usccMismatch = List.copyOf(usccMismatch);
        }

        public boolean clean() {
            return missingFromList.isEmpty() && permitMismatch.isEmpty() && usccMismatch.isEmpty();
        }
    }

    public static Report check(List<PermitEntry> register, List<Enterprise> list) {
        Map<String, PermitEntry> byUscc = new HashMap<>();
        Map<String, PermitEntry> byPermit = new HashMap<>();
        for (PermitEntry p : register) {
            byUscc.putIfAbsent(p.uscc(), p);
            byPermit.put(p.permitNumber(), p);
        }
        Map<String, Enterprise> listByUscc = new HashMap<>();
        Map<String, Enterprise> listByPermit = new HashMap<>();
        for (Enterprise e : list) {
            listByUscc.put(Uscc.normalize(e.uscc()), e);
            String permit = PermitRegister.normalizePermit(e.permitNumber());
            if (!permit.isEmpty()) {
                listByPermit.put(permit, e);
            }
        }
        List<PermitEntry> missing = new ArrayList<>();
        for (PermitEntry p : register) {
            if (!listByUscc.containsKey(p.uscc()) && !listByPermit.containsKey(p.permitNumber())) {
                missing.add(p);
            }
        }
        List<Mismatch> permit = new ArrayList<>();
        List<Mismatch> uscc = new ArrayList<>();
        for (Enterprise e : list) {
            String code = Uscc.normalize(e.uscc());
            String own = PermitRegister.normalizePermit(e.permitNumber());
            PermitEntry sameCode = byUscc.get(code);
            if (sameCode != null) {
                boolean anyOfItsPermits = register.stream().anyMatch(p -> p.uscc().equals(code) && p.permitNumber().equals(own));
                if (!anyOfItsPermits) {
                    permit.add(new Mismatch(e, sameCode));
                }
            } else if (!own.isEmpty() && byPermit.containsKey(own)) {
                uscc.add(new Mismatch(e, byPermit.get(own)));
            }
        }
        return new Report(missing, permit, uscc, register.size(), list.size());
    }
}
