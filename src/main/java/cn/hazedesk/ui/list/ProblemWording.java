package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Labels;

/** A list problem as a sentence in the user's language: "<field>: <reason>" (with the line's name when it has one). */
public final class ProblemWording {
    private final Messages messages;
    private final Labels labels;

    public ProblemWording(Messages messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public String reason(ListProblem p) {
        Object[] args = p.args().toArray();
        if (p.kind() == ListProblem.Kind.USCC_INVALID) {
            String kind = p.args().get(0);
            Object[] facts = p.args().subList(1, p.args().size()).toArray();
            return messages.get("uscc.problem." + switch (kind) {
                case "EMPTY" -> "empty";
                case "LENGTH" -> "length";
                case "CHARACTER" -> "character";
                default -> "checkDigit";
            }, kind.equals("LENGTH") ? new Object[]{18, facts[0]} : facts);
        }
        if (p.kind() == ListProblem.Kind.UNKNOWN_DISTRICT && !p.args().isEmpty()) {
            args = new Object[]{labels.district(p.args().get(0))};
        }
        return messages.get("problem." + p.kind().name(), args);
    }

    public String sentence(ListProblem p) {
        String field = labels.field(p.field().name());
        String where = p.lineName() == null || p.lineName().isEmpty() ? field
                : messages.get("problem.onLine", p.lineName(), field);
        return where + messages.get("problem.separator") + reason(p);
    }
}
