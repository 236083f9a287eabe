package cn.hazedesk.infra.excel;

import cn.hazedesk.application.port.WorkbookException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells what a file is when it is not a readable .xlsx, so that the user gets one sentence saying what to do
 * (save as .xlsx, remove the password, the file is damaged …) instead of a library's message.
 */
final class WorkbookFiles {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K'};

    private WorkbookFiles() {
    }

    /** Refuses, with its kind, a file that is certainly no .xlsx package; a zip is left to POI. */
    static void requireXlsx(Path file) {
        if (!Files.exists(file)) {
            throw new WorkbookException(file, WorkbookException.Kind.NOT_FOUND, "no such file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkbookException(file, WorkbookException.Kind.NOT_A_FILE, "not a regular file", null);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (AccessDeniedException e) {
            throw new WorkbookException(file, WorkbookException.Kind.IO, "access denied", e);
        } catch (IOException e) {
            throw new WorkbookException(file, WorkbookException.Kind.IO, String.valueOf(e.getMessage()), e);
        }
        if (head.length == 0) {
            throw new WorkbookException(file, WorkbookException.Kind.EMPTY, "empty file", null);
        }
        if (startsWith(head, ZIP)) {
            checkCrc(file);
            return;
        }
        throw new WorkbookException(file, kindOfOther(file, head), "not a zip package", null);
    }

    /**
     * Every part's checksum, as Excel checks it: Java's ZipFile (which POI reads with) does not, so a changed byte in
     * a stored part would otherwise be read as a different value. Only a checksum or size mismatch is decided here;
     * anything else the zip reader does not like is left to POI.
     */
    private static void checkCrc(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.isDirectory() || e.getCrc() < 0) {
                    continue;
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        crc.update(buffer, 0, n);
                    }
                }
                if (crc.getValue() != e.getCrc()) {
                    throw new WorkbookException(file, WorkbookException.Kind.DAMAGED, "checksum of " + e.getName(), null);
                }
            }
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // left to POI, which names what it cannot read
        }
    }

    /** The kind of a file POI could not read (called with what POI threw). */
    static WorkbookException classify(Path file, Throwable cause) {
        if (cause instanceof AccessDeniedException) {
            return new WorkbookException(file, WorkbookException.Kind.IO, "access denied", cause);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return new WorkbookException(file, WorkbookException.Kind.IO, String.valueOf(e.getMessage()), cause);
        }
        if (!startsWith(head, ZIP)) {
            return new WorkbookException(file, kindOfOther(file, head), String.valueOf(cause.getMessage()), cause);
        }
        // a zip: a Word or PowerPoint document, or a damaged workbook
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbook = false;
            boolean office = false;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String n = e.getName();
                workbook |= n.startsWith("xl/");
                office |= n.startsWith("word/") || n.startsWith("ppt/");
            }
            if (office && !workbook) {
                return new WorkbookException(file, WorkbookException.Kind.NOT_A_WORKBOOK, "an Office document, not a workbook", cause);
            }
            if (!workbook) {
                return new WorkbookException(file, WorkbookException.Kind.NOT_A_WORKBOOK, "a zip without a workbook", cause);
            }
        } catch (IOException | RuntimeException e) {
            // the zip itself cannot be read: cut short or damaged
        }
        return new WorkbookException(file, WorkbookException.Kind.DAMAGED, String.valueOf(cause.getMessage()), cause);
    }

    private static WorkbookException.Kind kindOfOther(Path file, byte[] head) {
        if (startsWith(head, OLE2)) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                DirectoryNode root = fs.getRoot();
                if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                    return WorkbookException.Kind.ENCRYPTED;
                }
                if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                    return WorkbookException.Kind.OLD_EXCEL;
                }
                return WorkbookException.Kind.NOT_A_WORKBOOK;
            } catch (IOException | RuntimeException e) {
                return WorkbookException.Kind.DAMAGED;
            }
        }
        if (text(head)) {
            return WorkbookException.Kind.TEXT;
        }
        return WorkbookException.Kind.NOT_A_WORKBOOK;
    }

    /** No NUL bytes and readable as UTF-8 or GB18030 (what Excel writes a CSV in on Chinese Windows). */
    private static boolean text(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return decodes(head, StandardCharsets.UTF_8) || decodes(head, Charset.forName("GB18030"));
    }

    /** Readable in {@code cs}; a character cut at the end of the 4 KB prefix is no error (more input would follow). */
    private static boolean decodes(byte[] bytes, Charset cs) {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes), out, false);
        return !r.isError();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
