package cn.hazedesk.infra.pdf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the layouts have measured: texts with their fonts and widths, and how each was broken into lines at a width. A
 * table's cells are measured for the whole table and again when drawn, and a batch of orders repeats most of its
 * texts (the template's sentences, the forms' labels, the tables' headers) from order to order; each measure is taken
 * once. Either for one document (everything kept), or for the documents of one PDF, keeping the texts used most
 * recently (so that one order's own names and addresses do not pile up over a batch of thousands). Not thread-safe.
 */
final class Measured {
    private final Map<Styled.Run, Styled> texts;
    private final Map<Wrap, List<int[]>> lines;

    /**
     * A text broken at widths (the same {@link Styled} instance). Equality written out, as {@link Styled.Run}'s: the
     * generated one goes through method handles.
     */
    private record Wrap(Styled text, float size, float spacing, float firstWidth, float restWidth) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Wrap w && text == w.text && Float.compare(size, w.size) == 0
                    && Float.compare(spacing, w.spacing) == 0 && Float.compare(firstWidth, w.firstWidth) == 0
                    && Float.compare(restWidth, w.restWidth) == 0;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(text);
            h = 31 * h + Float.floatToIntBits(size);
            h = 31 * h + Float.floatToIntBits(spacing);
            h = 31 * h + Float.floatToIntBits(firstWidth);
            return 31 * h + Float.floatToIntBits(restWidth);
        }
    }

    /** For one document: keeps everything. */
    Measured() {
        texts = new HashMap<>();
        lines = new HashMap<>();
    }

    /** For many documents: keeps the {@code keep} texts and line breaks used most recently. */
    Measured(int keep) {
        texts = recent(keep);
        lines = recent(keep);
    }

    private static <K, V> Map<K, V> recent(int keep) {
        return new LinkedHashMap<>(2 * keep, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > keep;
            }
        };
    }

    Styled styled(Styled.Run run, Function<Styled.Run, Styled> measure) {
        Styled s = texts.get(run);
        if (s == null) {
            s = measure.apply(run);
            texts.put(run, s);
        }
        return s;
    }

    /** {@link LineBreaker#wrap}, once per text and widths; the lines returned are not to be changed. */
    List<int[]> wrap(Styled s, float size, float spacing, float firstWidth, float restWidth) {
        Wrap key = new Wrap(s, size, spacing, firstWidth, restWidth);
        List<int[]> l = lines.get(key);
        if (l == null) {
            l = LineBreaker.wrap(s, size, spacing, firstWidth, restWidth);
            lines.put(key, l);
        }
        return l;
    }
}
