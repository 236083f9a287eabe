package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation in the warnings area: typing the forecast gives each district's level and reason at once. */
class ConsultationWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir, Messages.CHINESE, false, 1280, 860);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingTheForecastRecommendsALevelWithItsReason() throws Exception {
        // rows: 1 大武口区, 2 惠农区, 3 平罗县, 4 石嘴山市
        assertThat(label("#level-2")).isEqualTo("不预警");
        assertThat(label("#reason-4")).as("nothing typed yet").isEqualTo("无预报数据");
        clickOn("#aqi-2-0").write("230");
        clickOn("#aqi-2-1").write("260");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#level-2")).isEqualTo("橙色预警");
        clickOn("#aqi-2-2").write("320");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#level-2")).isEqualTo("红色预警");
        assertThat(label("#reason-2")).contains("AQI>200 连续 3 天").contains("AQI>300").endsWith("→ 红色预警");
        assertThat(label("#level-4")).as("the city follows the highest district").isEqualTo("红色预警");
        assertThat(label("#reason-4")).isEqualTo("无全市预报，取各区县最高级别（惠农区）");

        // a dust day never counts
        clickOn("#dust-2-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#level-2")).isEqualTo("橙色预警");
        assertThat(label("#reason-2")).contains("沙尘天气，不计入预警");

        // bad input says what is wrong
        clickOn("#aqi-1-0").write("很高");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#reason-1")).isEqualTo("AQI“很高”应为 0 至 500 的整数");
        // and nothing is recommended from the other cells: neither the area nor the city that follows the districts
        assertThat(label("#level-1")).isEqualTo("无法判断");
        assertThat(label("#level-4")).isEqualTo("无法判断");
        assertThat(label("#reason-4")).startsWith("请先改正");
        // an AQI above 500 does not exist: no red recommendation from a typing slip
        interact(() -> lookup("#aqi-1-0").queryAs(javafx.scene.control.TextField.class).setText("1509"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#reason-1")).isEqualTo("AQI“1509”应为 0 至 500 的整数");
        assertThat(label("#level-1")).isEqualTo("无法判断");
        Screenshots.save(window.stage.getScene(), "consultation");
    }

    @Test
    void fiveDaysByHalfDayLetTwentyFourHoursCrossMidnight() throws Exception {
        choose("#consultation-days", "5");
        choose("#consultation-granularity", "逐半日");
        // ten half-day columns: the last is the fifth day's afternoon
        assertThat(lookup("#aqi-2-9").tryQuery()).isPresent();
        assertThat(lookup("#aqi-2-10").tryQuery()).isEmpty();
        // 惠农区: the first afternoon and the second morning at 260 — no calendar day averages above 200, but the 24 h
        // from the first noon do
        clickOn("#aqi-2-1").write("260");
        clickOn("#aqi-2-2").write("260");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#level-2")).isEqualTo("黄色预警");
        assertThat(label("#reason-2")).contains("12时至", "任意连续24小时平均 AQI>200，共 24 小时");
        Screenshots.save(window.stage.getScene(), "consultation-half-days");
        // back to whole days: the grid has five day columns
        choose("#consultation-granularity", "逐日");
        assertThat(lookup("#aqi-2-4").tryQuery()).isPresent();
        assertThat(lookup("#aqi-2-5").tryQuery()).isEmpty();
    }

    @Test
    void theBureausForecastFileFillsTheGridOrNothingWithTheLineNamed() throws Exception {
        EpisodeSteps steps = new EpisodeSteps(this);
        clickOn("#episode-new");
        steps.waitUntil(() -> label("#episode-status").equals("会商中（草稿）"));
        // a file with one bad line: nothing is read, the line is named
        Path bad = dir.resolve("预报-有误.csv");
        java.nio.file.Files.write(bad, "区县,日期,AQI\r\n惠农区,2026/12/5,230\r\n惠农区,2026/12/6,二百\r\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        window.nextFile = bad;
        clickOn("#consultation-read-file");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class)).anyMatch(l -> l.getText() != null
                && l.getText().contains("预报-有误.csv 第 3 行") && l.getText().contains("二百") && l.getText().contains("未读入任何数值"));
        Dialogs.clickButton(this, "确定");
        assertThat(lookup("#aqi-2-0").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();

        // the file as Excel saves it for the bureau (GBK, Chinese headers, 2026/12/5 dates, 是/否 dust): the grid
        // turns to its four days and every value is in
        Path good = dir.resolve("预报.csv");
        java.nio.file.Files.write(good, ("区县,日期,AQI,沙尘\r\n惠农区,2026/12/9,230,否\r\n惠农区,2026/12/10,260,否\r\n"
                + "惠农区,2026/12/11,240,否\r\n惠农区,2026/12/12,180,是\r\n大武口区,2026/12/9,160,否\r\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        window.nextFile = good;
        clickOn("#consultation-read-file");
        steps.waitUntil(() -> label("#consultation-saved").contains("已从 预报.csv 读入预报"));
        assertThat(lookup("#consultation-first-day").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(java.time.LocalDate.of(2026, 12, 9));
        assertThat(lookup("#aqi-2-3").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("180");
        assertThat(lookup("#dust-2-3").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(label("#level-2")).isEqualTo("橙色预警");
        Screenshots.save(window.stage.getScene(), "consultation-from-file");
    }

    @Test
    void anHourlyForecastFileFillsTheGridHourByHourAndIsSavedAndShownAgainAsHours() throws Exception {
        EpisodeSteps steps = new EpisodeSteps(this);
        clickOn("#episode-new");
        steps.waitUntil(() -> label("#episode-status").equals("会商中（草稿）"));
        // 惠农区 hour by hour: 48 hours above 200 from 9 December, then clean air
        StringBuilder csv = new StringBuilder("区县,时间,小时数,AQI\r\n");
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 12, 9, 0, 0);
        for (int h = 0; h < 72; h++) {
            csv.append("惠农区,").append(t.plusHours(h).toString().replace('T', ' ')).append(",1,")
                    .append(h < 48 ? 260 : 80).append("\r\n");
        }
        Path hourly = dir.resolve("逐时预报.csv");
        java.nio.file.Files.write(hourly, csv.toString().getBytes(java.nio.charset.Charset.forName("GBK")));
        window.nextFile = hourly;
        clickOn("#consultation-read-file");
        steps.waitUntil(() -> label("#consultation-saved").contains("已从 逐时预报.csv 读入预报"));
        // the grid turns to three days by the hour: 72 columns, each hour's value in its column
        assertThat(lookup("#consultation-granularity").queryComboBox().getValue().toString()).isEqualTo("逐小时");
        assertThat(lookup("#aqi-2-71").tryQuery()).isPresent();
        assertThat(lookup("#aqi-2-72").tryQuery()).isEmpty();
        assertThat(text("#aqi-2-0")).isEqualTo("260");
        assertThat(text("#aqi-2-47")).isEqualTo("260");
        assertThat(text("#aqi-2-48")).isEqualTo("80");
        assertThat(label("#level-2")).as("from every hour").isEqualTo("橙色预警");
        Screenshots.save(window.stage.getScene(), "consultation-hourly-file");

        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        steps.waitUntil(() -> label("#consultation-saved").startsWith("第 1 次会商已保存"));
        assertThat(window.ctx.episodes().find(window.ctx.episodes().all().get(0).id()).orElseThrow().latestConsultation()
                .orElseThrow().days()).hasSize(72)
                .allSatisfy(d -> assertThat(d.hours()).isEqualTo(1));
        // shown again as it was saved, hour by hour, when the episode is opened in a new window
        window.close();
        window = AppWindow.open(dir, Messages.CHINESE, false, 1280, 860);
        EpisodeSteps again = new EpisodeSteps(this);
        interact(() -> lookup("#episode-chooser").queryComboBox().getSelectionModel().select(0));
        again.waitUntil(() -> lookup("#aqi-2-71").tryQuery().isPresent());
        assertThat(text("#aqi-2-47")).isEqualTo("260");
        assertThat(text("#aqi-2-48")).isEqualTo("80");
    }

    @Test
    void anHourlyForecastIsTypedByHandHourByHour() throws Exception {
        choose("#consultation-days", "3");
        choose("#consultation-granularity", "逐小时");
        // 72 hour columns, labelled with the day and the hour
        assertThat(lookup("#aqi-2-71").tryQuery()).isPresent();
        assertThat(lookup("#aqi-2-72").tryQuery()).isEmpty();
        // 惠农区: from 12 o'clock on the first day, 24 hours at 260 — the 24 h cross midnight
        clickOn("#aqi-2-0");
        for (int h = 0; h < 12; h++) {
            push(javafx.scene.input.KeyCode.TAB);
        }
        for (int h = 12; h < 36; h++) {
            write("260");
            push(javafx.scene.input.KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#aqi-2-35")).isEqualTo("260");
        assertThat(text("#aqi-2-36")).isEmpty();
        assertThat(label("#level-2")).isEqualTo("黄色预警");
        assertThat(label("#reason-2")).contains("12时至", "任意连续24小时平均 AQI>200，共 24 小时");
        // the column being typed in was scrolled into view
        javafx.geometry.Bounds cell = lookup("#aqi-2-36").query().localToScene(lookup("#aqi-2-36").query().getBoundsInLocal());
        assertThat(cell.getMaxX()).isLessThanOrEqualTo(window.stage.getScene().getWidth());
        assertThat(lookup("#aqi-2-36").query().isFocused()).isTrue();
        // one hour fewer is not a warning
        interact(() -> lookup("#aqi-2-35").queryAs(javafx.scene.control.TextField.class).setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#level-2")).isNotEqualTo("黄色预警");
        Screenshots.save(window.stage.getScene(), "consultation-hourly-typed");
    }

    private String text(String id) {
        return lookup(id).queryAs(javafx.scene.control.TextField.class).getText();
    }

    private void choose(String combo, String item) {
        clickOn(combo);
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(item))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
