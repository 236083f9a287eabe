package cn.hazedesk.infra.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of each role (docs/documents.md, "Fonts"): an official font installed on the machine when present (方正小标宋
 * for titles, 仿宋 for the body, 黑体, 楷体, 宋体 for page numbers; never shipped), otherwise the bundled WenQuanYi Micro Hei
 * for every role. Every font is embedded as a subset (Identity-H). A glyph the role's font lacks is taken from the
 * bundled font.
 */
final class PdfFonts {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);
    static final String BUNDLED = "/fonts/wqy-microhei.ttc";

    enum Role { TITLE, BODY, HEI, KAI, SONG }

    /**
     * File names to look for per role, best first (Founder and GB2312-era names, then Windows' own): data/fonts.csv,
     * whose Chinese file names are data, not Java.
     */
    private static final Map<Role, List<String>> CANDIDATES = candidates();
    static final String CANDIDATE_FILE = "/data/fonts.csv";

    private static Map<Role, List<String>> candidates() {
        Map<Role, List<String>> out = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            out.put(r, new ArrayList<>());
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream(CANDIDATE_FILE)) {
            if (in == null) {
                throw new IllegalStateException(CANDIDATE_FILE + " is not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int comma = l.indexOf(',');
                if (comma < 0) {
                    throw new IllegalStateException(CANDIDATE_FILE + ": no file in \"" + l + "\"");
                }
                out.get(Role.valueOf(l.substring(0, comma).strip())).add(l.substring(comma + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((r, files) -> List.copyOf(files));
        return out;
    }

    /** The files tried for a role, best first. */
    static List<String> candidates(Role role) {
        return CANDIDATES.get(role);
    }

    private final List<Path> fontFolders;
    private Map<Role, BaseFont> loaded;
    private BaseFont bundled;

    /** {@code fontFolders}: where installed fonts are looked for (empty: only the bundled font). */
    PdfFonts(List<Path> fontFolders) {
        this.fontFolders = List.copyOf(fontFolders);
    }

    /** The Windows font folders of this machine that exist (none elsewhere). */
    static List<Path> installedFontFolders() {
        List<Path> out = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            out.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return out.stream().filter(Files::isDirectory).toList();
    }

    synchronized BaseFont bundled() {
        if (bundled == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + BUNDLED);
                }
                bundled = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font", e);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("cannot use the bundled font", e);
            }
        }
        return bundled;
    }

    synchronized Map<Role, BaseFont> roles() {
        if (loaded == null) {
            Map<Role, BaseFont> m = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                m.put(r, installed(r));
            }
            loaded = m;
        }
        return loaded;
    }

    private BaseFont installed(Role role) {
        for (Path folder : fontFolders) {
            for (String candidate : CANDIDATES.get(role)) {
                String file = candidate.contains(",") ? candidate.substring(0, candidate.indexOf(',')) : candidate;
                Path p = folder.resolve(file);
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                try {
                    String name = p + candidate.substring(file.length());
                    BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
                    LOG.info("PDF font for {}: {}", role, name);
                    return f;
                } catch (Exception e) { // restricted embedding (fsType 2), damaged file: use the next one
                    LOG.info("PDF font {} not usable for {}: {}", p, role, e.getMessage());
                }
            }
        }
        return bundled();
    }
}
