package cn.hazedesk.application;

import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;

import java.nio.file.Path;

/** A committed import: the mode, what it did (against the list as it was at commit time), the backup taken before. */
public record ImportResult(ImportMode mode, ImportPreview applied, Path backup) {
}
