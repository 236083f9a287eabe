package cn.hazedesk.infra.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The installed fonts tried per role come from data/fonts.csv, in its order. */
class PdfFontsTest {
    @TempDir
    Path folder;

    @Test
    void theCandidatesAreReadFromTheDataFileBestFirst() {
        assertThat(PdfFonts.candidates(PdfFonts.Role.TITLE)).containsExactly("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF");
        assertThat(PdfFonts.candidates(PdfFonts.Role.BODY)).containsExactly("仿宋_GB2312.ttf", "FS_GB2312.ttf", "FZFSK.TTF",
                "simfang.ttf");
        assertThat(PdfFonts.candidates(PdfFonts.Role.KAI)).startsWith("楷体_GB2312.ttf");
        assertThat(PdfFonts.candidates(PdfFonts.Role.SONG)).containsExactly("simsun.ttc,0", "FZSSK.TTF");
    }

    @Test
    void aFontFileWithAChineseNameInTheFolderIsUsedForItsRole() throws Exception {
        Path any = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
        assumeTrue(Files.isRegularFile(any), "needs a TrueType font on the machine");
        Files.copy(any, folder.resolve("仿宋_GB2312.ttf"));
        PdfFonts fonts = new PdfFonts(List.of(folder));
        assertThat(fonts.roles().get(PdfFonts.Role.BODY)).isNotSameAs(fonts.bundled());
        assertThat(fonts.roles().get(PdfFonts.Role.TITLE)).isSameAs(fonts.bundled());
    }
}
