package cn.hazedesk.ui;

import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 许可核对… on the list screen of the real app with the sample list: a register with a bad row is named row by row and
 * not imported; a good one is imported and the findings listed (a unit missing from the list, permit numbers the list
 * does not have).
 */
class PermitWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir.resolve("data"), Messages.CHINESE, true, 1280, 860);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private Path register(String name, String[]... rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("名录");
            String[] h = {"许可证编号", "单位名称", "统一社会信用代码", "管理类别"};
            Row header = s.createRow(0);
            for (int i = 0; i < h.length; i++) {
                header.createCell(i).setCellValue(h[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        return f;
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aRegisterIsImportedAndTheListCheckedAgainstIt() throws Exception {
        List<Enterprise> sample = window.ctx.list().rows().stream().limit(2)
                .map(r -> window.ctx.list().find(r.id()).orElseThrow()).map(StoredEnterprise::enterprise).toList();
        String outsider = "91640202MA0000009" + Uscc.checkCharacter("91640202MA0000009");
        clickOn("#navList");
        clickOn("#list-permits");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#permit-status").tryQuery().isPresent()
                && label("#permit-status").equals("尚未导入排污许可名录。"));

        // a bad register: named row by row, nothing imported
        window.nextFile = register("bad.xlsx", new String[]{"", "某单位", "123", "重点管理"});
        clickOn("#permit-import");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .content").match(Dialogs::showing).queryAs(Label.class).getText())
                .contains("第 2 行，许可证编号：未填写", "第 2 行，统一社会信用代码：“123”不是有效的统一社会信用代码");
        Dialogs.clickButton(this, "确定");
        assertThat(label("#permit-status")).isEqualTo("尚未导入排污许可名录。");

        // a good one: the sample's two enterprises (whose permit numbers the list does not have) and one unit not listed
        window.nextFile = register("名录.xlsx",
                new String[]{sample.get(0).uscc() + "001P", sample.get(0).name(), sample.get(0).uscc(), "重点管理"},
                new String[]{sample.get(1).uscc() + "001Q", sample.get(1).name(), sample.get(1).uscc(), "简化管理"},
                new String[]{outsider + "001U", "名录外化工（测试）", outsider, "登记管理"});
        clickOn("#permit-import");
        @SuppressWarnings("unchecked")
        TableView<cn.hazedesk.ui.list.PermitCheckViewModel.Row> table = lookup("#permit-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(label("#permit-status")).startsWith("已导入名录 3 条").contains("名录.xlsx");
        assertThat(table.getItems()).extracting(r -> r.kind() + " " + r.name()).containsExactly(
                "名录中有、清单中无 名录外化工（测试）",
                "许可证编号不一致 " + sample.get(0).name(),
                "许可证编号不一致 " + sample.get(1).name());
        assertThat(table.getItems().get(1).list()).isEqualTo("未填写");
        // the summary is set after the rows (same task, next pulse)
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !label("#permit-summary").isEmpty());
        assertThat(label("#permit-summary")).startsWith("名录 3 条，清单 " + window.ctx.list().rows().size() + " 家");
        Screenshots.save(lookup("#permit-check").query().getScene(), "permit-check");
        clickOn("#permit-close");
    }
}
