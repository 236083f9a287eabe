package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Labels;

/**
 * A problem of the form as the editor shows it: "<field>: <reason>", or "<field> of line “X”: <reason>".
 * The reason itself is worded by {@link ListProblemText}, as for the import and the command line.
 */
public final class ProblemWording {
    private final Messages messages;
    private final Labels labels;
    private final ListProblemText text;

    public ProblemWording(Messages messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
        this.text = new ListProblemText(messages, labels.regions());
    }

    public String reason(ListProblem p) {
        return text.reason(p);
    }

    public String sentence(ListProblem p) {
        String field = labels.field(p.field().name());
        String where = p.lineName() == null || p.lineName().isEmpty() ? field
                : messages.get("problem.onLine", p.lineName(), field);
        return where + messages.get("problem.separator") + reason(p);
    }
}
