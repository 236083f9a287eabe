package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.application.AuditIntegrityService;
import cn.hazedesk.domain.audit.AuditChain;

import java.time.Clock;
import java.util.List;

/**
 * {@code audit verify [--against CODE]}: whether the audit trail's hash chain is whole (exit 0, printing the number
 * of records and the head's code) or the id of the first record that does not fit and why (exit 1); with
 * {@code --against}, whether a code printed on a document (记录校验码) still belongs to the chain (exit 0) or not
 * (exit 1). Read-only. Exit 2 for bad arguments or a data folder that cannot be opened.
 */
final class AuditCommand implements Command {
    private final Clock clock;

    AuditCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.isEmpty() || !args.get(0).equals("verify")) {
            throw new StartupOptions.UsageException("cli.error.auditArguments", args.isEmpty() ? "" : args.get(0));
        }
        String code = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--against") && i + 1 < args.size() && code == null) {
                code = args.get(++i);
            } else if (a.startsWith("--against=") && code == null) {
                code = a.substring("--against=".length());
            } else {
                throw new StartupOptions.UsageException("cli.error.auditArguments", a);
            }
        }
        String against = code;
        return ctx.withStore(clock, app -> {
            AuditIntegrityService integrity = app.auditIntegrity();
            if (against == null) {
                AuditChain.Verdict v = integrity.verify();
                ctx.out().println(describe(v, ctx));
                return v.whole() ? Cli.OK : 1;
            }
            AuditIntegrityService.AgainstCode r = integrity.verifyAgainst(against);
            ctx.out().println(ctx.messages().get("cli.audit.code." + r.outcome().name(), against));
            if (r.verdict() != null && !r.verdict().whole()) {
                ctx.out().println(describe(r.verdict(), ctx));
            }
            return r.outcome() == AuditIntegrityService.CodeCheck.BELONGS ? Cli.OK : 1;
        });
    }

    static String describe(AuditChain.Verdict v, CliContext ctx) {
        if (v.whole()) {
            return ctx.messages().get("cli.audit.whole", v.records(), v.headCode().orElse("-"));
        }
        return ctx.messages().get("cli.audit.broken." + v.reason().name(), v.firstBadId(), v.records());
    }
}
