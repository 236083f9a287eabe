package cn.hazedesk.ui.list;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The rows of a (sorted) source list that pass the filter, in the source's order, as the table shows them; unlike a
 * {@link javafx.collections.transformation.FilteredList}, a new filter is told as the rows it takes out and puts back
 * rather than as every row replaced. A keystroke that narrows the filter only takes rows out: the table keeps its
 * cells for the rows that stay and empties the others, instead of emptying and refilling every visible cell (what a
 * whole replacement makes it do: per keystroke the CSS and layout of every cell twice). The rows' total
 * {@code weight} (the list's production lines) is summed in the same pass. A change of the source itself (a reload,
 * another sort) is told as every row replaced.
 */
final class ShownRows<T, K> extends ObservableListBase<T> {
    private final ObservableList<? extends T> source;
    private final ToIntFunction<? super T> weight;
    private final Function<? super T, ? extends K> keyOf;
    /** The filter in force (state of the list, like a FilteredList's predicate property; never null). */
    private final javafx.beans.property.ObjectProperty<BiPredicate<? super T, ? super K>> predicate =
            new javafx.beans.property.SimpleObjectProperty<>((r, k) -> true);
    /** Each source row's key (what the filter's text is looked for in), made once when the source changes. */
    private List<K> keys = new ArrayList<>();
    /** The source indices of the rows shown, ascending. */
    private int[] shownAt = new int[0];
    private List<T> shown = new ArrayList<>();
    private long totalWeight;

    /**
     * {@code weight}: what {@link #totalWeight()} sums; {@code keyOf}: each row's key, made once per row when the
     * source changes and given to the filter with the row (a keystroke then only looks in it).
     */
    ShownRows(ObservableList<? extends T> source, ToIntFunction<? super T> weight, Function<? super T, ? extends K> keyOf) {
        this.source = source;
        this.weight = weight;
        this.keyOf = keyOf;
        source.addListener((ListChangeListener<T>) c -> replaceAll());
        replaceAll();
    }

    /**
     * Filters by {@code p}: the rows that no longer pass are taken out, those that now pass put back in place.
     * {@code narrower}: {@code p} lets through no row the filter before did not (a character typed onto the text),
     * so only the rows shown are tested.
     */
    void setPredicate(BiPredicate<? super T, ? super K> p, boolean narrower) {
        predicate.set(p);
        int[] was = shownAt;
        int candidates = narrower ? was.length : source.size();
        int[] now = new int[candidates];
        List<T> rows = new ArrayList<>();
        long sum = 0;
        int n = 0;
        for (int c = 0; c < candidates; c++) {
            int i = narrower ? was[c] : c;
            T r = source.get(i);
            if (p.test(r, keys.get(i))) {
                now[n++] = i;
                rows.add(r);
                sum += weight.applyAsInt(r);
            }
        }
        List<T> before = shown;
        shownAt = java.util.Arrays.copyOf(now, n);
        shown = rows;
        totalWeight = sum;
        beginChange();
        // both are ascending source indices: one walk finds the rows taken out and put back, at their place in the
        // list as it is at that point of the change
        int a = 0;
        int b = 0;
        int pos = 0;
        while (a < was.length || b < n) {
            if (b >= n || (a < was.length && was[a] < now[b])) {
                nextRemove(pos, before.get(a++));
            } else if (a >= was.length || now[b] < was[a]) {
                nextAdd(pos, pos + 1);
                pos++;
                b++;
            } else {
                a++;
                b++;
                pos++;
            }
        }
        endChange();
    }

    /** The sum of the shown rows' weights. */
    long totalWeight() {
        return totalWeight;
    }

    private void replaceAll() {
        List<T> before = shown;
        List<T> rows = new ArrayList<>();
        List<K> made = new ArrayList<>(source.size());
        int[] at = new int[source.size()];
        long sum = 0;
        for (int i = 0; i < source.size(); i++) {
            T r = source.get(i);
            K k = keyOf.apply(r);
            made.add(k);
            if (predicate.get().test(r, k)) {
                at[rows.size()] = i;
                rows.add(r);
                sum += weight.applyAsInt(r);
            }
        }
        keys = made;
        shownAt = java.util.Arrays.copyOf(at, rows.size());
        shown = rows;
        totalWeight = sum;
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!rows.isEmpty()) {
            nextAdd(0, rows.size());
        }
        endChange();
    }

    @Override
    public T get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }
}
