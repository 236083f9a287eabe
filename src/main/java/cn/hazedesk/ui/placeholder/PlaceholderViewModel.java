package cn.hazedesk.ui.placeholder;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.shell.WorkArea;

import java.util.List;

/** An honest page for a work area that is not built yet: what it will hold, and which issue brings it. */
public final class PlaceholderViewModel {
    private final Messages messages;
    private final WorkArea area;

    public PlaceholderViewModel(Messages messages, WorkArea area) {
        this.messages = messages;
        this.area = area;
    }

    public String heading() {
        return messages.get("placeholder.heading", messages.get("area." + area.key() + ".title"));
    }

    public String summary() {
        return messages.get("area." + area.key() + ".summary");
    }

    /** The planned capabilities, one bullet each (bundle keys area.X.plan.1, .2, ...). */
    public List<String> plannedItems() {
        java.util.ArrayList<String> items = new java.util.ArrayList<>();
        for (int i = 1; messages.has("area." + area.key() + ".plan." + i); i++) {
            items.add(messages.get("area." + area.key() + ".plan." + i));
        }
        return items;
    }

    public String status() {
        return messages.get("area." + area.key() + ".status");
    }

    public WorkArea area() {
        return area;
    }
}
