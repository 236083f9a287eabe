package cn.hazedesk.ui.shell;

/** The work areas of the main window, in navigation order; each names its bundle keys. */
public enum WorkArea {
    WARNINGS("warnings"),
    LIST("list"),
    GRADING("grading"),
    DOCUMENTS("documents"),
    AUDIT("audit");

    private final String key;

    WorkArea(String key) {
        this.key = key;
    }

    /** The bundle key stem, e.g. area.warnings.title. */
    public String key() {
        return key;
    }
}
