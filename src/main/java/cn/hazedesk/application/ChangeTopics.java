package cn.hazedesk.application;

import cn.hazedesk.application.port.ChangeFeed.Topic;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an audit record says was changed, as the topics other seats' screens follow ({@link
 * cn.hazedesk.application.port.ChangeFeed}). Every action that changes stored data records itself in the audit trail
 * in its own transaction, so announcing from that record covers every write, present and future, without a second
 * call beside each one: a step of an episode changes its head; an order's tracking step, inspection or downgrade
 * (and the orders a publication issues) change the episode's orders; an edit, import, removal or grade changes the
 * list. Records that change nothing other seats show (a document printed, a sign-in, a package saved) announce nothing.
 */
public final class ChangeTopics {
    private ChangeTopics() {
    }

    /** The actions' families (the part before the dot) that change the list. */
    private static final Set<String> LIST = Set.of("enterprise", "grade", "sample");

    public static Set<Topic> of(String action, Long episodeId) {
        Set<Topic> out = new LinkedHashSet<>();
        int dot = action.indexOf('.');
        String family = dot < 0 ? action : action.substring(0, dot);
        if (episodeId != null && !action.equals("episode.package")) {
            if (family.equals("order") || action.equals("episode.orders")) {
                out.add(Topic.orders(episodeId));
            } else {
                out.add(Topic.episode(episodeId));
            }
        }
        if (LIST.contains(family) || action.equals("order.downgrade")) {
            out.add(Topic.list());
        }
        return out;
    }
}
