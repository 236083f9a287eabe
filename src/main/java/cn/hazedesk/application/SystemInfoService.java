package cn.hazedesk.application;

import cn.hazedesk.application.port.StoreInfo;

/** Version, data folder and schema version, for the About dialog. */
public final class SystemInfoService {
    private final String appVersion;
    private final StoreInfo store;

    public SystemInfoService(String appVersion, StoreInfo store) {
        this.appVersion = appVersion;
        this.store = store;
    }

    public AboutInfo about() {
        return new AboutInfo(appVersion, store.dataFolder(), store.logFolder(), store.schemaVersion());
    }
}
