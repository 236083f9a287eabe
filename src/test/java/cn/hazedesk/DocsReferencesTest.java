package cn.hazedesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever clones the repository must be able to look up every rule a comment, a data file or a page cites. So no text
 * file of the product names the notes it was written from outside the repository (the domain, documents, walkthrough
 * and anchors notes, or the shared folder beside the checkout): a rule is described in docs/ and cited there. And
 * every relative link of README.md and docs/*.md leads to a file that exists, and to a heading that exists when the
 * link names one.
 */
class DocsReferencesTest {

    /** What the product's files are: the sources, data, screens, installer, CI script, README and docs. */
    private static final List<Path> ROOTS = List.of(Path.of("src"), Path.of("data"), Path.of("fxml"),
            Path.of("installer"), Path.of(".ci"), Path.of("README.md"), Path.of("docs"));

    /**
     * Names of notes that live outside the repository. Written as a pattern (escaped dots) so that this file does not
     * match itself.
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\b(?:DOMAIN|DOCUMENTS|WALKTHROUGH|ANCHORS)\\.md\\b|\\bDOMAIN \u00a7|\\.\\./shared\\b");

    private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[[^\\]]*]\\(([^)\\s]+)\\)");

    @Test
    void noFileCitesNotesOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            String text = read(file).orElse(null);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = OUTSIDE.matcher(lines[i]);
                if (m.find()) {
                    found.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("cite docs/ (the page and section describing the rule) instead of notes outside the "
                + "repository").isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheDocsLeadsToAFileAndHeadingThatExist() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher m = MD_LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: — outside the repository by intent
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !headingSlugs(Files.readString(resolved)).contains(anchor)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(links).as("links checked").isGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    /** The anchors a Markdown renderer (GitHub's rule) gives the headings of a page. */
    static Set<String> headingSlugs(String markdown) {
        Set<String> slugs = new HashSet<>();
        boolean fence = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fence = !fence;
            }
            if (fence || !line.startsWith("#")) {
                continue;
            }
            String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
            String slug = heading.replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; !slugs.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return slugs;
    }

    private static List<Path> textFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : ROOTS) {
            if (Files.isRegularFile(root)) {
                out.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            }
        }
        assertThat(out).as("the repository's files (run from the project folder)").hasSizeGreaterThan(100);
        return out;
    }

    /** The file's text, or empty for a binary file (fonts, images, workbooks): one with a NUL byte or not UTF-8. */
    private static Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
