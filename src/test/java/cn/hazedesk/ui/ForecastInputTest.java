package cn.hazedesk.ui;

import cn.hazedesk.application.port.ForecastFiles;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.data.CriteriaCsv;
import cn.hazedesk.infra.data.ForecastFileReader;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.ui.warning.ConsultationViewModel;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forecast brought in whole, as a duty officer receives it: a range copied from the meteorological bureau's
 * spreadsheet and pasted into the grid, or the bureau's file (CSV as Excel saves it, or the workbook itself). All of
 * it goes in, or — when one value cannot be an AQI — none of it, with the row and column named.
 */
class ForecastInputTest {
    private static final RegionCatalog REGIONS = RegionsCsv.load();
    @TempDir
    Path dir;

    /** The last problem the grid showed the officer (its dialog's text). */
    private String shown = "";

    private ConsultationViewModel grid(Messages m) {
        cn.hazedesk.ui.common.DialogService dialogs = new cn.hazedesk.ui.common.DialogService() {
            @Override
            public boolean confirm(String title, String header, String content) {
                return false;
            }

            @Override
            public void info(String title, String header, String content) {
                shown = content;
            }

            @Override
            public void error(String title, String header, String content) {
                shown = content;
            }
        };
        cn.hazedesk.ui.warning.EpisodeSession session = new cn.hazedesk.ui.warning.EpisodeSession(null,
                new cn.hazedesk.ui.common.SameThreadTaskRunner(e -> { throw new AssertionError(e); }), dialogs, m,
                new cn.hazedesk.i18n.EpisodeText(m, REGIONS, java.time.ZoneId.of("Asia/Shanghai")), () -> null);
        return new ConsultationViewModel(m, REGIONS, CriteriaCsv.load(dir.resolve("rules")), CriteriaCsv.DEFAULT_PROFILE,
                LocalDate.of(2026, 12, 5), session, new ForecastFileReader(REGIONS), null);
    }

    private static String aqi(ConsultationViewModel vm, int area, int slot) {
        return vm.areas().get(area).days().get(slot).aqiProperty().get();
    }

    @Test
    void aRangeWithDatesAndDistrictNamesGoesUnderItsDatesAndIntoItsRows() {
        ConsultationViewModel vm = grid(Messages.forLocale(Messages.CHINESE));
        // as Excel puts it on the clipboard: tabs, CRLF, a trailing line break; the header names the days 2026/12/6…
        String copied = "区县\t2026/12/6\t2026/12/7\t2026/12/8\t2026/12/9\r\n"
                + "惠农区\t230\t260\t210\t150\r\n"
                + "大武口区\t180\t190\t120\t90\r\n";
        assertThat(vm.paste(copied, 0, 0)).isTrue();
        assertThat(vm.firstDayProperty().get()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(vm.dayCountProperty().get()).isEqualTo(4);
        // rows: 0 大武口区, 1 惠农区, 2 平罗县, 3 石嘴山市
        assertThat(List.of(aqi(vm, 1, 0), aqi(vm, 1, 1), aqi(vm, 1, 2), aqi(vm, 1, 3))).containsExactly("230", "260", "210", "150");
        assertThat(List.of(aqi(vm, 0, 0), aqi(vm, 0, 3))).containsExactly("180", "90");
        assertThat(aqi(vm, 2, 0)).as("平罗县 was not pasted").isEmpty();
        assertThat(vm.areas().get(1).levelProperty().get()).isEqualTo(RecommendedLevel.ORANGE);
    }

    @Test
    void plainNumbersFillFromTheChosenCellAndChineseMonthDayHeadersAreDates() {
        ConsultationViewModel vm = grid(Messages.forLocale(Messages.CHINESE));
        assertThat(vm.paste("150\t160\n170\t180\n", 1, 1)).isTrue();
        assertThat(List.of(aqi(vm, 1, 1), aqi(vm, 1, 2), aqi(vm, 2, 1), aqi(vm, 2, 2))).containsExactly("150", "160", "170", "180");
        assertThat(aqi(vm, 1, 0)).isEmpty();

        ConsultationViewModel dated = grid(Messages.forLocale(Messages.CHINESE));
        assertThat(dated.paste("\t12月31日\t1月1日\t1月2日\n平罗县\t310\t320\t330\n", 0, 0)).isTrue();
        assertThat(dated.firstDayProperty().get()).as("a date without its year is the one nearest the grid's")
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(aqi(dated, 2, 2)).isEqualTo("330");
    }

    @Test
    void oneBadValueLeavesTheGridAsItWasAndNamesItsRowAndColumn() {
        ConsultationViewModel vm = grid(Messages.forLocale(Messages.CHINESE));
        assertThat(vm.paste("100\t110\t120\n", 0, 0)).isTrue();
        assertThat(vm.paste("区县\t2026/12/5\t2026/12/6\n大武口区\t200\t2o0\n", 0, 0)).isFalse();
        assertThat(shown).contains("第 2 行第 3 列").contains("2o0").contains("0 至 500");
        assertThat(List.of(aqi(vm, 0, 0), aqi(vm, 0, 1), aqi(vm, 0, 2))).containsExactly("100", "110", "120");

        assertThat(vm.paste("501\t1\n", 0, 0)).as("beyond the index").isFalse();
        assertThat(vm.paste("未知县\t100\t100\n", 0, 0)).isFalse();
        assertThat(shown).contains("未知县").contains("不是本表的区县");
        assertThat(vm.paste("1\t2\t3\t4\n", 0, 0)).as("four values from the first of three columns").isFalse();
        assertThat(aqi(vm, 0, 0)).isEqualTo("100");

        ConsultationViewModel en = grid(Messages.forLocale(java.util.Locale.ENGLISH));
        assertThat(en.paste("100\tabc\n", 0, 0)).isFalse();
        assertThat(shown).isEqualTo("Pasted row 1, column 2: \"abc\" should be a whole number from 0 to 500 (AQI).");
    }

    @Test
    void theBureausCsvAsExcelSavesItIsRead() throws Exception {
        // GBK, Chinese headers, 2026/12/5 dates, a dust column with 是/否, CRLF
        Path csv = dir.resolve("forecast.csv");
        Files.write(csv, ("区县,日期,AQI,沙尘\r\n惠农区,2026/12/5,230,否\r\n惠农区,2026/12/6,260,否\r\n"
                + "惠农区,2026/12/7,240,是\r\n大武口区,2026/12/5,120,否\r\n").getBytes(Charset.forName("GBK")));
        var byArea = new ForecastFileReader(REGIONS).read(csv);
        assertThat(byArea.get("惠农区")).hasSize(3);
        assertThat(byArea.get("惠农区").get(2).dust()).isTrue();

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "\uFEFF区县,日期,AQI\n惠农区,2026/12/5,230\n惠农区,2026/12/6,abc\n");
        assertThatThrownBy(() -> new ForecastFileReader(REGIONS).read(bad)).isInstanceOf(ForecastFiles.BadLine.class)
                .satisfies(e -> assertThat(((ForecastFiles.BadLine) e).line()).isEqualTo(3));
    }

    @Test
    void theBureausWorkbookWithDateCellsIsRead() throws Exception {
        Path xlsx = dir.resolve("forecast.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("预报");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("区县");
            h.createCell(1).setCellValue("日期");
            h.createCell(2).setCellValue("AQI");
            int r = 1;
            for (int d = 0; d < 3; d++) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue("平罗县");
                row.createCell(1).setCellValue(LocalDate.of(2026, 12, 5 + d));
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(310 + d);
            }
            wb.write(out);
        }
        var byArea = new ForecastFileReader(REGIONS).read(xlsx);
        assertThat(byArea.get("平罗县")).extracting(p -> p.start().toLocalDate() + "=" + p.aqi())
                .containsExactly("2026-12-05=310", "2026-12-06=311", "2026-12-07=312");
    }
}
