package cn.hazedesk.application.port;

import java.nio.file.Path;

/** Keeps a copy of an inspection photo inside the data folder, so the record does not depend on where it came from. */
public interface PhotoArchive {
    /** Copies {@code source} and gives the stored copy's path; throws UncheckedIOException when it cannot be read. */
    Path keep(Path source, long episodeId, long orderId);
}
