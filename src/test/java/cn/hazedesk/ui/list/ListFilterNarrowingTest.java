package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.ui.common.Labels;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's filter tests only the rows shown when a keystroke narrows it (issue 18: a keystroke in one frame). That
 * is right only if a narrower filter never lets through a row the one before kept out: typed at random (names, codes
 * in any form, spaces, dashes, full-width characters, deletions), every filter said to narrow is checked against the
 * one before on every row, and the rows shown after each keystroke are those a test of every row gives.
 */
class ListFilterNarrowingTest {
    private static final String TYPED = "鑫泰铁合金焦化宏嘉9164020512MAabcx -－１Ｍ";

    @Test
    void aFilterSaidToNarrowNeverLetsThroughARowTheOneBeforeKeptOut() {
        Messages messages = Messages.forLocale(Messages.CHINESE);
        ListFilter filter = new ListFilter(messages, new Labels(messages, RegionsCsv.load()), () -> { });
        Random random = new Random(18);
        List<EnterpriseRow> rows = rows(random, 600);
        ObservableList<EnterpriseRow> all = FXCollections.observableArrayList(rows);
        ShownRows<EnterpriseRow, String> shown = new ShownRows<>(all, EnterpriseRow::lines, ListFilter::searchKey);
        ListFilter.Criteria before = null;
        int narrowed = 0;
        for (int step = 0; step < 3000; step++) {
            String text = filter.text.get();
            int what = random.nextInt(10);
            if (what < 6 || text.isEmpty()) {
                text = text + TYPED.charAt(random.nextInt(TYPED.length()));
            } else if (what < 9) {
                text = text.substring(0, text.length() - 1);
            } else {
                text = "";
            }
            if (text.length() > 8) {
                text = "";
            }
            filter.text.set(text);
            ListFilter.Criteria now = filter.criteria();
            boolean narrows = now.narrows(before);
            if (narrows) {
                narrowed++;
                for (EnterpriseRow r : rows) {
                    String key = ListFilter.searchKey(r);
                    if (now.test(r, key)) {
                        assertThat(before.test(r, key)).as("'%s' after '%s': %s", now.text(), before.text(), r).isTrue();
                    }
                }
            }
            shown.setPredicate(now::test, narrows);
            before = now;
            List<EnterpriseRow> expected = new ArrayList<>();
            for (EnterpriseRow r : all) {
                if (now.test(r, ListFilter.searchKey(r))) {
                    expected.add(r);
                }
            }
            assertThat(shown).as("filter '%s'", text).containsExactlyElementsOf(expected);
        }
        assertThat(narrowed).as("keystrokes that narrowed").isGreaterThan(500);
    }

    private static List<EnterpriseRow> rows(Random random, int n) {
        String chars = "鑫泰铁合金焦化宏嘉石嘴山";
        List<EnterpriseRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < 4 + random.nextInt(4); k++) {
                name.append(chars.charAt(random.nextInt(chars.length())));
            }
            StringBuilder uscc = new StringBuilder("916402");
            for (int k = 0; k < 12; k++) {
                uscc.append("0123456789MA".charAt(random.nextInt(12)));
            }
            out.add(new EnterpriseRow(i, uscc.toString(), name.toString(), "640202", "焦化",
                    PerformanceGrade.values()[random.nextInt(PerformanceGrade.values().length)], ControlType.values()[0],
                    false, 1 + random.nextInt(4), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        }
        return out;
    }
}
