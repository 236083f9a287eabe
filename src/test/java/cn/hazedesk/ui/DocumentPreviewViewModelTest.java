package cn.hazedesk.ui;

import cn.hazedesk.application.port.PdfPages;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Printing;
import cn.hazedesk.ui.common.SameThreadTaskRunner;
import cn.hazedesk.ui.document.DocumentPreviewViewModel;
import cn.hazedesk.ui.document.PdfSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's view model without a window: failures worded, Cancel, no printer → the PDF route. Printing every
 * page on a printer is checked through the real window (DocumentWindowTest).
 */
class DocumentPreviewViewModelTest {
    @TempDir
    Path dir;
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> uncaught = new ArrayList<>();
    private boolean answer = true;
    private Path nextFile;
    private boolean printer;
    private final List<Integer> printedPages = new ArrayList<>();

    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String header, String content) {
            shown.add("confirm: " + header + " " + content);
            return answer;
        }

        @Override
        public void info(String title, String header, String content) {
            shown.add("info: " + header + " " + content);
        }

        @Override
        public void error(String title, String header, String content) {
            shown.add("error: " + header + " " + content);
        }
    };

    private final FileChooserService files = new FileChooserService() {
        @Override
        public Optional<Path> openWorkbook(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveWorkbook(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> savePdf(String title, String suggestedName) {
            shown.add("save as " + suggestedName);
            return Optional.ofNullable(nextFile);
        }
    };

    private final Printing printing = new Printing() {
        @Override
        public boolean hasPrinter() {
            return printer;
        }

        @Override
        public Optional<Session> showDialog(String jobName) {
            return Optional.of(new Session() {
                @Override
                public boolean printPage(BufferedImage page) {
                    printedPages.add(page.getWidth());
                    return true;
                }

                @Override
                public boolean end() {
                    return true;
                }

                @Override
                public void cancel() {
                }
            });
        }
    };

    /** A "PDF" of {@code n} pages whose first page is not rendered (no JavaFX image needed without a toolkit). */
    private static PdfPages.Opener pagesOf(int n) {
        return bytes -> new PdfPages() {
            @Override
            public int count() {
                return n;
            }

            @Override
            public BufferedImage render(int index, float dpi) {
                return new BufferedImage(10 + index, 14, BufferedImage.TYPE_INT_RGB);
            }

            @Override
            public float[] sizePoints(int index) {
                return new float[]{595, 842};
            }

            @Override
            public void close() {
            }
        };
    }

    private DocumentPreviewViewModel vm(Locale locale, PdfPages.Opener opener, PdfSource source) {
        return new DocumentPreviewViewModel(Messages.forLocale(locale), new SameThreadTaskRunner(uncaught::add), dialogs,
                files, printing, opener, "告知书", "告知书.pdf", source, new DocumentPreviewViewModel.Record() {
                    @Override
                    public void printed(int pages) {
                        recorded.add("printed " + pages);
                    }

                    @Override
                    public void saved(Path file, int pages) {
                        recorded.add("saved " + file.getFileName() + " " + pages);
                    }
                });
    }

    /** What the preview put on the record. */
    private final List<String> recorded = new java.util.ArrayList<>();

    @Test
    void aTemplateProblemIsShownNamingTheFileAndThePlaceholders() {
        DocumentPreviewViewModel vm = vm(Messages.CHINESE, pagesOf(0), (p, c) -> {
            throw new TemplateException("response-order.txt", TemplateException.Problem.MISSING_VALUES,
                    List.of("legalPerson", "plantManager"), 0);
        });
        vm.load();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get()).isEqualTo("文书模板 response-order.txt 中以下占位符没有值：legalPerson、plantManager");
        assertThat(shown).singleElement().asString().startsWith("error: 文书模板有误");
        DocumentPreviewViewModel en = vm(Locale.ENGLISH, pagesOf(0), (p, c) -> {
            throw new TemplateException("lift-notice.txt", TemplateException.Problem.UNCLOSED_PLACEHOLDER, "${levelName", 3);
        });
        en.load();
        assertThat(en.outcomeProperty().get())
                .isEqualTo("Document template lift-notice.txt has a placeholder without its closing brace: ${levelName (line 3)");
    }

    @Test
    void cancellingWhileThePdfIsMadeSaysSo() {
        DocumentPreviewViewModel[] holder = new DocumentPreviewViewModel[1];
        holder[0] = vm(Messages.CHINESE, pagesOf(3), (p, c) -> {
            holder[0].cancel(); // the user presses Cancel while the work runs
            c.check();
            return new byte[]{1};
        });
        holder[0].load();
        assertThat(holder[0].outcomeProperty().get()).isEqualTo("已取消。");
        assertThat(holder[0].pageCountProperty().get()).isZero();
        assertThat(shown).isEmpty();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void withoutAPrinterTheMessageOffersThePdfAndSavesItWhenAccepted() throws Exception {
        byte[] pdf = {37, 80, 68, 70};
        DocumentPreviewViewModel vm = vm(Messages.CHINESE, pagesOf(0), (p, c) -> pdf);
        vm.load();
        nextFile = dir.resolve("out.pdf");
        answer = false;
        vm.print();
        assertThat(shown).singleElement().asString().contains("本机没有安装打印机", "另存为 PDF");
        assertThat(nextFile).doesNotExist();
        answer = true;
        vm.print();
        assertThat(Files.readAllBytes(nextFile)).isEqualTo(pdf);
        assertThat(vm.outcomeProperty().get()).isEqualTo("已保存到 " + nextFile);
        assertThat(printedPages).isEmpty();
        assertThat(recorded).as("the saved PDF is on the record, the refused print is not").containsExactly("saved out.pdf 0");
    }
}
