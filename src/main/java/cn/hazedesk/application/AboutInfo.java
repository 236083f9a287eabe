package cn.hazedesk.application;

import java.nio.file.Path;

public record AboutInfo(String appVersion, Path dataFolder, Path logFolder, String schemaVersion) {
}
