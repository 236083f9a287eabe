package cn.hazedesk.ui.about;

import cn.hazedesk.application.AboutInfo;
import cn.hazedesk.application.SystemInfoService;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Version, data folder, log folder and database version, read off the JavaFX thread. */
public final class AboutViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final SystemInfoService info;
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final StringProperty logFolder = new SimpleStringProperty("");
    private final StringProperty schemaVersion = new SimpleStringProperty("");

    public AboutViewModel(Messages messages, TaskRunner tasks, SystemInfoService info) {
        this.messages = messages;
        this.tasks = tasks;
        this.info = info;
    }

    public void load() {
        String loading = messages.get("list.loading");
        schemaVersion.set(loading);
        tasks.run(messages.get("task.about"), p -> info.about(), this::show);
    }

    private void show(AboutInfo a) {
        version.set(a.appVersion());
        dataFolder.set(a.dataFolder().toString());
        logFolder.set(a.logFolder().toString());
        schemaVersion.set(messages.get("about.schemaVersionValue", a.schemaVersion()));
    }

    public ReadOnlyStringProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder;
    }

    public ReadOnlyStringProperty logFolderProperty() {
        return logFolder;
    }

    public ReadOnlyStringProperty schemaVersionProperty() {
        return schemaVersion;
    }
}
