package cn.hazedesk.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recommend}: one line per district, then the city; a malformed file names its line and exits 2. */
class RecommendCommandTest {
    @TempDir
    Path dir;

    private Path csv(String body) throws Exception {
        return Files.writeString(dir.resolve("forecast.csv"), body);
    }

    @Test
    void eachDistrictThenTheCityWithTheReasonInWords() throws Exception {
        Path f = csv("""
                district,date,aqi,dust
                惠农区,2026-12-12,320,false
                惠农区,2026-12-10,230,false
                惠农区,2026-12-11,260,
                大武口区,2026-12-10,160,false
                大武口区,2026-12-11,180,false
                大武口区,2026-12-09,420,true
                平罗县,2026-12-10,120,false
                """);
        CliTest.Run r = CliTest.run("recommend", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "大武口区 YELLOW 预测12月10日至12月11日 AQI>150 连续 2 天 → 黄色预警；12月9日 为沙尘天气，不计入预警，建议发布健康提示并加强扬尘管控",
                "惠农区 RED 预测12月10日至12月12日 AQI>200 连续 3 天，且预测12月12日 AQI>300 → 红色预警",
                "平罗县 NONE 未达到临时管控或预警条件（最高 AQI 120，12月10日）",
                "石嘴山市 RED 无全市预报，取各区县最高级别（惠农区）");
    }

    @Test
    void theCityLineUsesTheCitysOwnRowsWhenGivenAndThe2018Profile() throws Exception {
        Path f = csv("""
                district,date,aqi
                石嘴山市,2026-12-10,210
                石嘴山市,2026-12-11,220
                惠农区,2026-12-10,230
                惠农区,2026-12-11,240
                惠农区,2026-12-12,250
                """);
        CliTest.Run r = CliTest.run("recommend", "--profile", "2018", f.toString(), "--lang", "en");
        assertThat(r.out().lines()).contains(
                "惠农区 ORANGE forecast AQI>200 for 3 consecutive days, Dec 10 to Dec 12 → Orange warning",
                "石嘴山市 YELLOW forecast AQI>200 for 2 consecutive days, Dec 10 to Dec 11 → Yellow warning",
                "平罗县 NONE no forecast");
    }

    @Test
    void aForecastSavedByExcelReadsTheSameAsPlainUtf8() throws Exception {
        String plain = """
                district,date,aqi,dust
                惠农区,2026-12-10,230,false
                惠农区,2026-12-11,260,false
                惠农区,2026-12-12,320,false
                大武口区,2026-12-09,420,true
                大武口区,2026-12-10,160,false
                大武口区,2026-12-11,180,false
                """;
        Path utf8 = Files.writeString(dir.resolve("plain.csv"), plain);
        String expected = CliTest.run("recommend", utf8.toString()).out();
        assertThat(expected).contains("惠农区 RED");
        // what Excel writes: CRLF, dates as displayed, TRUE/FALSE, and UTF-8 with a BOM or GBK
        String excel = """
                district,date,aqi,dust
                惠农区,2026/12/10,230,FALSE
                惠农区,2026/12/11,260,FALSE
                惠农区,2026/12/12,320,FALSE
                大武口区,2026/12/9,420,TRUE
                大武口区,2026/12/10,160,FALSE
                大武口区,2026/12/11,180,FALSE
                """;
        Path bom = Files.write(dir.resolve("bom.csv"), ("\uFEFF" + excel).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.csv"), excel.getBytes(java.nio.charset.Charset.forName("GBK")));
        Path chinese = Files.write(dir.resolve("zh.csv"), excel.replace("district,date,aqi,dust", "区县,日期,AQI,沙尘").replace("FALSE", "否").replace("TRUE", "是")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        for (Path p : java.util.List.of(bom, gbk, chinese)) {
            CliTest.Run r = CliTest.run("recommend", p.toString());
            assertThat(r.exit()).as(p.getFileName().toString()).isZero();
            assertThat(r.out()).as(p.getFileName().toString()).isEqualTo(expected);
        }
    }

    @Test
    void halfDaysAndHoursCountAnyTwentyFourHoursAcrossMidnight() throws Exception {
        // by half-day: 120|260 260|260 260|120 → from the first noon every 24 h averages 260 for 48 h (2018 yellow),
        // while the same days by calendar day (190, 260, 190) have AQI>200 on one day only
        Path f = csv("""
                district,time,hours,aqi
                惠农区,2026-12-10T00:00,12,120
                惠农区,2026-12-10T12:00,12,260
                惠农区,2026-12-11T00:00,12,260
                惠农区,2026-12-11T12:00,12,260
                惠农区,2026-12-12T00:00,12,260
                惠农区,2026-12-12 12:00,12,120
                平罗县,2026-12-10T00:00,24,190
                平罗县,2026-12-11T00:00,24,260
                平罗县,2026-12-12T00:00,24,190
                """);
        CliTest.Run r = CliTest.run("recommend", "--profile", "2018", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains(
                "惠农区 YELLOW 预测12月10日12时至12月12日12时任意连续24小时平均 AQI>200，共 48 小时 → 黄色预警")
                .anyMatch(l -> l.startsWith("平罗县 TEMP_CONTROL"));
        // a period that does not start on its own grid, and an overlap, are named
        CliTest.Run bad = CliTest.run("recommend", csv("district,time,hours,aqi\n惠农区,2026-12-10T06:00,12,120\n").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("第 2 行：时段长度“12”");
        CliTest.Run overlap = CliTest.run("recommend", csv("district,time,hours,aqi\n惠农区,2026-12-10T00:00,24,120\n"
                + "惠农区,2026-12-10T12:00,12,130\n").toString());
        assertThat(overlap.exit()).isEqualTo(2);
        assertThat(overlap.err()).contains("第 3 行：惠农区 2026-12-10 重复出现");
    }

    @Test
    void aMalformedFileNamesItsLineAndExitsTwo() throws Exception {
        for (String[] c : new String[][]{
                {"district,date,aqi\n惠农区,2026-12-10,230\n惠农区,2026-13-10,230\n", "第 3 行：日期“2026-13-10”无法识别"},
                {"district,date,aqi\n月球区,2026-12-10,230\n", "第 2 行：未知的区县“月球区”"},
                {"district,date,aqi\n惠农区,2026-12-10,很高\n", "第 2 行：AQI“很高”应为 0 至 500 的整数"},
                {"district,date,aqi\n惠农区,2026-12-10,1509\n", "第 2 行：AQI“1509”应为 0 至 500 的整数"},
                {"district,date,aqi,dust\n惠农区,2026-12-10,230,maybe\n", "第 2 行：dust 应为 true 或 false"},
                {"district,day,aqi\n惠农区,2026-12-10,230\n", "第 1 行：表头应为 district,date,aqi"},
                {"district,date,aqi\n惠农区,2026-12-10,230\n惠农区,2026-12-10,240\n", "第 3 行：惠农区 2026-12-10 重复出现"}}) {
            CliTest.Run r = CliTest.run("recommend", csv(c[0]).toString());
            assertThat(r.exit()).as(c[1]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(c[1]).startsWith(c[1]);
        }
    }

    @Test
    void anUnknownProfileOrNoFileIsAUsageError() throws Exception {
        assertThat(CliTest.run("recommend", "--profile", "2020", csv("district,date,aqi\n").toString()).exit()).isEqualTo(2);
        assertThat(CliTest.run("recommend").exit()).isEqualTo(2);
    }
}
