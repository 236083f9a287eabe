package cn.hazedesk.ui.list;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's filtered rows: always exactly the source rows that pass, in the source's order, with their total; the
 * changes it tells, played on a copy, give the same list; a narrowing filter only takes rows out (no row replaced,
 * which would make the table empty and refill every cell).
 */
class ShownRowsTest {
    /** A copy kept up to date only from the changes told, as a table's cells are. */
    private static List<Integer> follow(ObservableList<Integer> list, List<Boolean> replaced) {
        List<Integer> copy = new ArrayList<>(list);
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    copy.clear();
                    copy.addAll(list);
                    continue;
                }
                replaced.add(c.wasReplaced());
                for (int i = 0; i < c.getRemovedSize(); i++) {
                    assertThat(copy.remove(c.getFrom())).isEqualTo(c.getRemoved().get(i));
                }
                copy.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
        return copy;
    }

    private static List<Integer> expected(List<Integer> source, Predicate<Integer> p) {
        return source.stream().filter(p).toList();
    }

    @Test
    void theChangesToldGiveExactlyTheRowsThatPassInOrder() {
        Random random = new Random(7);
        ObservableList<Integer> all = FXCollections.observableArrayList();
        for (int i = 0; i < 2000; i++) {
            all.add(random.nextInt(10_000));
        }
        ShownRows<Integer, String> shown = new ShownRows<>(all, i -> i % 7, String::valueOf);
        List<Boolean> replaced = new ArrayList<>();
        List<Integer> copy = follow(shown, replaced);
        for (int round = 0; round < 200; round++) {
            int m = 2 + random.nextInt(9);
            int r = random.nextInt(m);
            Predicate<Integer> p = round % 5 == 0 ? i -> true : i -> i % m == r;
            shown.setPredicate((i, key) -> p.test(i) && key.equals(String.valueOf(i)), false);
            assertThat(shown).containsExactlyElementsOf(expected(all, p));
            assertThat(copy).containsExactlyElementsOf(shown);
            assertThat(shown.totalWeight()).isEqualTo(shown.stream().mapToLong(i -> i % 7).sum());
        }
        // the source changes (a reload): the filter stays
        all.remove(0, 500);
        all.addAll(List.of(3, 6, 9, 12));
        assertThat(copy).containsExactlyElementsOf(shown);
        shown.setPredicate((i, key) -> i % 3 == 0, false);
        assertThat(shown).containsExactlyElementsOf(expected(all, i -> i % 3 == 0)).endsWith(3, 6, 9, 12);
        assertThat(copy).containsExactlyElementsOf(shown);
    }

    @Test
    void aNarrowerFilterOnlyTakesRowsOutAndAWiderOnlyPutsThemBack() {
        ObservableList<Integer> all = FXCollections.observableArrayList();
        for (int i = 0; i < 1000; i++) {
            all.add(i);
        }
        ShownRows<Integer, String> shown = new ShownRows<>(all, i -> 1, String::valueOf);
        List<Boolean> replaced = new ArrayList<>();
        List<Integer> copy = follow(shown, replaced);
        List<Integer> sizes = new ArrayList<>();
        shown.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                assertThat(c.wasAdded() && c.wasRemoved()).isFalse();
            }
            sizes.add(shown.size());
        });
        shown.setPredicate((i, key) -> key.contains("1"), false);
        shown.setPredicate((i, key) -> key.contains("12"), true); // narrower: only the 271 shown are tested
        shown.setPredicate((i, key) -> key.contains("1"), false);
        shown.setPredicate((i, key) -> true, false);
        assertThat(sizes).containsExactly(271, 20, 271, 1000);
        assertThat(replaced).doesNotContain(true);
        assertThat(copy).containsExactlyElementsOf(all);
        assertThat(shown.totalWeight()).isEqualTo(1000);
    }

    @Test
    void sortingTheSourceSortsTheRowsShown() {
        ObservableList<Integer> all = FXCollections.observableArrayList(5, 1, 4, 2, 3, 6);
        SortedList<Integer> sorted = new SortedList<>(all);
        ShownRows<Integer, String> shown = new ShownRows<>(sorted, i -> i, String::valueOf);
        shown.setPredicate((i, key) -> key.equals(String.valueOf(i)) && i % 2 == 0, false);
        assertThat(shown).containsExactly(4, 2, 6);
        sorted.setComparator(Comparator.naturalOrder());
        assertThat(shown).containsExactly(2, 4, 6);
        sorted.setComparator(Comparator.reverseOrder());
        assertThat(shown).containsExactly(6, 4, 2);
        assertThat(shown.totalWeight()).isEqualTo(12);
    }
}
