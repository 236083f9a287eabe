package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.domain.uscc.UsccCheck;
import cn.hazedesk.domain.uscc.UsccProblem;
import cn.hazedesk.i18n.Messages;

import java.util.List;

/** {@code uscc CODE...}: one line per code, "<normalised> valid" or "<code> invalid: <reason>"; exit 1 if any is invalid. */
final class UsccCommand implements Command {
    @Override
    public String name() {
        return "uscc";
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws StartupOptions.UsageException {
        if (args.isEmpty()) {
            throw new StartupOptions.UsageException("cli.error.usccNoCode", "uscc");
        }
        boolean allValid = true;
        for (String arg : args) {
            UsccCheck check = Uscc.check(arg);
            if (check.valid()) {
                ctx.out().println(check.normalized() + " valid");
            } else {
                allValid = false;
                ctx.out().println(arg + " invalid: " + reason(check.problem().orElseThrow(), ctx.messages()));
            }
        }
        return allValid ? 0 : 1;
    }

    static String reason(UsccProblem p, Messages m) {
        return switch (p.kind()) {
            case EMPTY -> m.get("uscc.problem.empty");
            case LENGTH -> m.get("uscc.problem.length", Uscc.LENGTH, String.valueOf(p.actualLength()));
            case CHARACTER -> m.get("uscc.problem.character", String.valueOf(p.character()), String.valueOf(p.position()));
            case CHECK_DIGIT -> m.get("uscc.problem.checkDigit", String.valueOf(p.expectedCheck()), String.valueOf(p.actualCheck()));
        };
    }
}
