package cn.hazedesk.infra.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code <data>/hazedesk.lock}: one HazeDesk (or one restore) per data folder at a time. */
final class FolderLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);
    static final String FILE = "hazedesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says why not: IN_USE (held by another HazeDesk), UNWRITABLE. */
    static FolderLock acquire(Path dir) {
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.IN_USE, dir, null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.UNWRITABLE, dir, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.IN_USE, dir, null);
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the folder lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("Could not close the lock file", e);
        }
    }
}
