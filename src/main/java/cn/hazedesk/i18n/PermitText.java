package cn.hazedesk.i18n;

import cn.hazedesk.domain.permit.PermitCrossCheck;
import cn.hazedesk.domain.permit.PermitEntry;
import cn.hazedesk.domain.permit.PermitProblem;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.domain.uscc.UsccProblem;

import java.util.ArrayList;
import java.util.List;

/** The permit register's problems and the cross-check's findings in words: row, field and reason; what differs. */
public final class PermitText {
    private final Messages m;

    public PermitText(Messages m) {
        this.m = m;
    }

    /** 第 n 行，字段：原因 */
    public String problem(PermitProblem p) {
        String reason = switch (p.reason()) {
            case MISSING -> m.get("permit.problem.MISSING");
            case DUPLICATE_PERMIT -> m.get("permit.problem.DUPLICATE_PERMIT", p.value());
            case INVALID_USCC -> uscc(p.value(), p.usccProblem());
        };
        return m.get("permit.problem.at", p.row(), m.get("permit.field." + p.field().name()), reason);
    }

    private String uscc(String value, UsccProblem u) {
        String why = u == null ? "" : switch (u.kind()) {
            case EMPTY -> m.get("uscc.problem.empty");
            case LENGTH -> m.get("uscc.problem.length", Uscc.LENGTH, String.valueOf(u.actualLength()));
            case CHARACTER -> m.get("uscc.problem.character", String.valueOf(u.character()), String.valueOf(u.position()));
            case CHECK_DIGIT -> m.get("uscc.problem.checkDigit", String.valueOf(u.expectedCheck()),
                    String.valueOf(u.actualCheck()));
        };
        return m.get("permit.problem.INVALID_USCC", value, why);
    }

    /** One line per finding, then the counts. */
    public List<String> report(PermitCrossCheck.Report r) {
        List<String> out = new ArrayList<>();
        for (PermitEntry p : r.missingFromList()) {
            out.add(m.get("permit.finding.missing", p.name(), p.uscc(), p.permitNumber(),
                    p.managementType().isEmpty() ? "-" : p.managementType()));
        }
        for (PermitCrossCheck.Mismatch x : r.permitMismatch()) {
            String own = x.enterprise().permitNumber();
            out.add(m.get("permit.finding.permit", x.enterprise().name(), x.enterprise().uscc(),
                    own == null || own.isBlank() ? m.get("permit.finding.none") : own, x.register().permitNumber()));
        }
        for (PermitCrossCheck.Mismatch x : r.usccMismatch()) {
            out.add(m.get("permit.finding.uscc", x.enterprise().name(), x.enterprise().permitNumber(),
                    x.enterprise().uscc(), x.register().uscc(), x.register().name()));
        }
        out.add(m.get("permit.finding.counts", r.registerEntries(), r.listEnterprises(), r.missingFromList().size(),
                r.permitMismatch().size(), r.usccMismatch().size()));
        return out;
    }
}
