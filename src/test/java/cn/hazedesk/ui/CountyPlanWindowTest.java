package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warning under a county plan made in the real window: the city's level chooser set to 无 (None), 平罗县 orange, the
 * other districts 无; published, the head shows the city at no warning and 平罗县 orange, and the response page lists
 * orders for 平罗县's enterprises only. In Chinese and in English.
 */
class CountyPlanWindowTest extends ApplicationTest {
    private static final String CITY = "640200";
    private static final String PL = "640221";

    @TempDir
    Path dir;
    private AppWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private final EpisodeSteps steps = new EpisodeSteps(this);

    @SuppressWarnings("unchecked")
    private void choose(String area, int index) {
        ComboBox<Object> c = lookup("#level-" + area).queryAs(ComboBox.class);
        interact(() -> c.getSelectionModel().select(index));
    }

    private void pingluoOnly(Locale locale, String none, String cityNone, String pingluoOrange, String active,
                             String measures) throws Exception {
        window = AppWindow.open(dir, locale, true, 1280, 860);
        clickOn("#episode-new");
        // 平罗县 heavy for two days (orange by its own forecast); 大武口区 and 惠农区 clean
        steps.consult(new String[][]{{"80", "80", "70"}, {"90", "85", "70"}, {"230", "260", "150"}});
        steps.tab(1);
        ComboBox<?> city = lookup("#level-" + CITY).queryAs(ComboBox.class);
        assertThat(city.getItems().get(0).toString()).isEqualTo(none);
        choose(CITY, 0);
        choose("640202", 0);
        choose("640205", 0);
        choose(PL, 2);
        assertThat(city.getValue().toString()).isEqualTo(none);
        // the measures summary follows the levels: 平罗县 under its own level, never 'every district'
        assertThat(lookup("#approval-measures").queryAs(javafx.scene.control.TextArea.class).getText()).startsWith(measures);
        // the city's recommendation (the highest district) is orange: leaving it at none needs a reason
        steps.typeArea("#approval-reason", "Pingluo county plan / 平罗县重污染天气应急预案");
        javafx.scene.control.ScrollPane page = lookup("#approval-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> page.setVvalue(page.getVmin()));
        Screenshots.save(window.stage.getScene(), "county-plan-approval-" + locale.getLanguage());
        steps.proposeApprovePublish("平罗县县长");
        steps.waitUntil(() -> steps.label("#episode-status").equals(active));
        assertThat(steps.label("#episode-levels")).startsWith(cityNone).contains(pingluoOrange);
        // published under the number the window suggested: 平罗县's own series, not the city's
        assertThat(window.ctx.episodes().all()).singleElement().satisfies(e ->
                assertThat(e.number()).startsWith("平罗县污防指〔").endsWith("〕1号"));
        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        long pingluo = window.ctx.list().rows().stream().filter(r -> r.districtCode().equals(PL)).count();
        assertThat(pingluo).isLessThan(window.ctx.list().rows().size());
        steps.waitUntil(() -> orders.getItems().size() == pingluo);
        Screenshots.save(window.stage.getScene(), "county-plan-response-" + locale.getLanguage());
    }

    @Test
    void theCityAtNoneAndPingluoOrangeInChinese() throws Exception {
        pingluoOnly(Messages.CHINESE, "无", "石嘴山市 不预警", "平罗县 橙色预警", "响应中",
                "平罗县（橙色预警）按应急减排清单落实各自预警级别对应的减排措施");
    }

    @Test
    void theCityAtNoneAndPingluoOrangeInEnglish() throws Exception {
        steps.confirm = "Confirm";
        pingluoOnly(Locale.ENGLISH, "None", "石嘴山市 No warning", "平罗县 Orange warning", "Response in force",
                "平罗县 (Orange warning) apply the measures of the emission-reduction list for their own warning level");
    }
}
