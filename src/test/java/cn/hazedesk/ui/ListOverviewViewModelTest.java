package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.SameThreadTaskRunner;
import cn.hazedesk.ui.list.ListOverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list area's view model with the same-thread task runner, a scripted dialog service and a real H2 file. */
class ListOverviewViewModelTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private final List<String> asked = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private boolean answer;

    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String header, String content) {
            asked.add(header);
            return answer;
        }

        @Override
        public void info(String title, String header, String content) {
            asked.add(header);
        }

        @Override
        public void error(String title, String header, String content) {
            asked.add(header);
        }
    };

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir, Clock.systemDefaultZone());
        ctx.sampleData().loadIfFirstStart("tester");
    }

    @AfterEach
    void close() {
        ctx.close();
        assertThat(errors).isEmpty();
    }

    private ListOverviewViewModel vm() {
        return new ListOverviewViewModel(Messages.forLocale(Messages.CHINESE), new SameThreadTaskRunner(errors::add),
                dialogs, ctx.sampleData(), "tester");
    }

    @Test
    void showsCountsAndSampleState() {
        ListOverviewViewModel vm = vm();
        assertThat(vm.countsTextProperty().get()).isEqualTo("正在读取…");
        assertThat(vm.canRemoveSampleProperty().get()).isFalse();
        vm.refresh();
        int n = ctx.sampleData().summary().enterprises();
        assertThat(vm.countsTextProperty().get()).startsWith("共 " + n + " 家企业");
        assertThat(vm.sampleTextProperty().get()).contains(n + " 家企业是随软件附带的示例数据");
        assertThat(vm.canRemoveSampleProperty().get()).isTrue();
    }

    @Test
    void declinedConfirmationRemovesNothing() {
        ListOverviewViewModel vm = vm();
        vm.refresh();
        answer = false;
        vm.removeSample();
        assertThat(asked).hasSize(1);
        assertThat(ctx.sampleData().summary().sampleEnterprises()).isPositive();
    }

    @Test
    void confirmedRemovalEmptiesTheSampleAndDisablesTheButton() {
        ListOverviewViewModel vm = vm();
        vm.refresh();
        answer = true;
        vm.removeSample();
        assertThat(vm.countsTextProperty().get()).isEqualTo("共 0 家企业、0 条生产线。");
        assertThat(vm.canRemoveSampleProperty().get()).isFalse();
        assertThat(ctx.sampleData().summary().sampleEnterprises()).isZero();
    }
}
