package cn.hazedesk.ui.document;

import cn.hazedesk.domain.response.OrderChecks;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;

import java.util.ArrayList;
import java.util.List;

/**
 * Before a batch of orders is printed or saved: the enterprises that need a look are named (key-industry firms
 * without a measure, UNVERIFIED default measures, 保障类 firms below B) and the user confirms, or nothing happens.
 */
public final class OrderConfirmation {
    /** At most this many names per finding in the dialog; the rest are counted. */
    static final int NAMES_SHOWN = 12;

    private OrderConfirmation() {
    }

    /** True when there is nothing to confirm or the user confirmed. */
    public static boolean confirm(OrderChecks c, Messages m, DialogService dialogs) {
        if (c == null || c.clean()) {
            return true;
        }
        return dialogs.confirm(m.get("document.orders.confirm.title"), m.get("document.orders.confirm.header"), text(c, m));
    }

    /** One paragraph per finding, each naming its enterprises. */
    public static String text(OrderChecks c, Messages m) {
        List<String> parts = new ArrayList<>();
        if (!c.keyIndustryWithoutMeasure().isEmpty()) {
            parts.add(m.get("document.orders.confirm.withoutMeasure", c.keyIndustryWithoutMeasure().size(),
                    names(c.keyIndustryWithoutMeasure(), m)));
        }
        if (!c.unverifiedDefaults().isEmpty()) {
            parts.add(m.get("document.orders.confirm.unverified", c.unverifiedDefaults().size(),
                    names(c.unverifiedDefaults(), m)));
        }
        if (!c.protectedBelowB().isEmpty()) {
            parts.add(m.get("document.orders.confirm.protectedBelowB", c.protectedBelowB().size(),
                    names(c.protectedBelowB(), m)));
        }
        return String.join("\n\n", parts);
    }

    /** A short line for the screen, empty when there is nothing to confirm. */
    public static String summary(OrderChecks c, Messages m) {
        if (c == null || c.clean()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!c.keyIndustryWithoutMeasure().isEmpty()) {
            parts.add(m.get("document.orders.checks.withoutMeasure", c.keyIndustryWithoutMeasure().size()));
        }
        if (!c.unverifiedDefaults().isEmpty()) {
            parts.add(m.get("document.orders.checks.unverified", c.unverifiedDefaults().size()));
        }
        if (!c.protectedBelowB().isEmpty()) {
            parts.add(m.get("document.orders.checks.protectedBelowB", c.protectedBelowB().size()));
        }
        return m.get("document.orders.checksLine", String.join(m.get("list.checks.separator"), parts));
    }

    private static String names(List<ResponseOrder> orders, Messages m) {
        List<String> shown = orders.stream().limit(NAMES_SHOWN).map(ResponseOrder::enterpriseName).toList();
        String list = String.join(m.get("summary.listSeparator"), shown);
        return orders.size() > NAMES_SHOWN ? m.get("document.orders.confirm.more", list, orders.size()) : list;
    }
}
