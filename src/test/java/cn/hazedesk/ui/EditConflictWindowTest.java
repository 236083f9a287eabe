package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seats on one PostgreSQL database editing the same enterprise: the window's save over the other seat's change is
 * refused, naming who changed it and when and which fields differ; 继续编辑 keeps the form as typed, 重新载入 shows the
 * stored version with what the user had typed listed beside it, and their change, typed again, is saved over it.
 */
class EditConflictWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private String db;
    private AppWindow window;
    private AppContext otherSeat;

    @BeforeEach
    void seats() {
        db = PostgresServer.migratedDatabase();
        PostgresServer.useIn(dir.resolve("seat"), db);
        PostgresServer.useIn(dir.resolve("other"), db);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        otherSeat.close();
        PostgresServer.drop(db);
    }

    private void open(Locale locale) throws Exception {
        window = AppWindow.open(dir.resolve("seat"), locale, true, 1280, 860);
        otherSeat = AppContext.open(dir.resolve("other"), Clock.systemDefaultZone());
    }

    @SuppressWarnings("unchecked")
    private TableView<EnterpriseRow> table() {
        return lookup("#enterprise-table").queryAs(TableView.class);
    }

    /** Opens the first enterprise of the filtered list in the editor; returns its credit code. */
    private String editFirst(String filter) throws Exception {
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        clickOn("#list-filter").write(filter);
        WaitForAsyncUtils.waitForFxEvents();
        EnterpriseRow target = table().getItems().get(0);
        clickOn(target.name());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#editor-name").tryQuery()
                .map(n -> ((TextField) n).getText().equals(target.name())).orElse(false));
        return target.uscc();
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }

    private void typePhone(String phone) {
        TextField f = field("#editor-phone");
        doubleClickOn(f);
        interact(f::clear);
        clickOn(f).write(phone);
    }

    /** The other seat saves the enterprise with another contact and phone, as 县局乙. */
    private void otherSeatSaves(String uscc, String contact, String phone) {
        StoredEnterprise s = otherSeat.enterprises().findByUscc(uscc).orElseThrow();
        Enterprise e = s.enterprise();
        Enterprise changed = new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(),
                e.address(), e.longitude(), e.latitude(), contact, phone, e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
        assertThat(otherSeat.list().save(s, changed, Actors.all("县局乙")).isAccepted()).isTrue();
    }

    private String dialogText() {
        Node pane = lookup(".dialog-pane").match(Dialogs::showing).query();
        return ((javafx.scene.control.DialogPane) pane).getHeaderText() + "\n" + ((javafx.scene.control.DialogPane) pane).getContentText();
    }

    @Test
    void theSaveOverAnotherSeatsChangeOffersToReloadAndNothingTypedIsLost() throws Exception {
        open(Messages.CHINESE);
        String uscc = editFirst("焦化");
        String contactOpened = field("#editor-contact").getText();
        Window editor = lookup("#enterprise-editor").query().getScene().getWindow();
        typePhone("0952-2222222");
        TextField address = field("#editor-address");
        doubleClickOn(address);
        interact(address::clear);
        clickOn(address).write("大武口区新华街1号");
        otherSeatSaves(uscc, "王五", "0952-1111111");

        clickOn("#editor-save");
        Dialogs.waitForDialog(this);
        String asked = dialogText();
        assertThat(asked).contains("在您打开之后已被 县局乙 于 ").contains("修改，您的修改还没有保存")
                .contains("· 联系电话：对方改为“0952-1111111”，您填写的是“0952-2222222”")
                .contains("· 联系人：对方改为“王五”（您没有改动）")
                .contains("· 详细地址：您填写的是“大武口区新华街1号”（对方没有改动）");
        Screenshots.save(lookup(".dialog-pane").match(Dialogs::showing).query().getScene(), "conflict-offer");

        // keep editing: the form exactly as typed, the reason beside the save button
        Dialogs.clickButton(this, "继续编辑");
        assertThat(field("#editor-phone").getText()).isEqualTo("0952-2222222");
        assertThat(field("#editor-contact").getText()).isEqualTo(contactOpened);
        assertThat(lookup("#editor-save-message").queryAs(Label.class).getText()).contains("县局乙");
        assertThat(otherSeat.enterprises().findByUscc(uscc).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-1111111");

        // reload: the stored version in the form, what was typed listed below it
        clickOn("#editor-save");
        Dialogs.clickButton(this, "重新载入");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field("#editor-phone").getText().equals("0952-1111111"));
        assertThat(field("#editor-contact").getText()).isEqualTo("王五");
        @SuppressWarnings("unchecked")
        ListView<String> yours = lookup("#editor-yours").lookup(".list-view").queryAs(ListView.class);
        assertThat(lookup("#editor-yours").query().isVisible()).isTrue();
        assertThat(yours.getItems()).containsExactlyInAnyOrder("· 联系电话：对方改为“0952-1111111”，您填写的是“0952-2222222”",
                "· 联系人：对方改为“王五”（您没有改动）", "· 详细地址：您填写的是“大武口区新华街1号”（对方没有改动）");
        assertThat(lookup("#editor-save-message").queryAs(Label.class).isVisible()).isFalse();
        Screenshots.save(editor.getScene(), "conflict-reloaded");

        typePhone("0952-2222222");
        clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !editor.isShowing());
        Enterprise stored = otherSeat.enterprises().findByUscc(uscc).orElseThrow().enterprise();
        assertThat(stored.contactPhone()).isEqualTo("0952-2222222");
        assertThat(stored.contactName()).as("the other seat's change stays").isEqualTo("王五");
    }

    @Test
    void inEnglishTheOfferNamesTheFieldsAndReloads() throws Exception {
        open(Locale.ENGLISH);
        String uscc = editFirst("焦化");
        typePhone("0952-2222222");
        otherSeatSaves(uscc, "Wang Wu", "0952-1111111");
        clickOn("#editor-save");
        Dialogs.waitForDialog(this);
        assertThat(dialogText()).contains("县局乙 changed").contains("after you opened it")
                .contains("- Phone: they changed it to \"0952-1111111\", you typed \"0952-2222222\"")
                .contains("- Contact: they changed it to \"Wang Wu\" (you did not change it)");
        Screenshots.save(lookup(".dialog-pane").match(Dialogs::showing).query().getScene(), "conflict-offer-en");
        Dialogs.clickButton(this, "Reload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field("#editor-phone").getText().equals("0952-1111111"));
        Screenshots.save(lookup("#enterprise-editor").query().getScene(), "conflict-reloaded-en");
        clickOn("#editor-cancel");
    }
}
