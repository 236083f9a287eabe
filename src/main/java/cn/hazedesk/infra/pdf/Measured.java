package cn.hazedesk.infra.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the layouts of one document have measured: its texts with their fonts and widths, and how each was broken into
 * lines at a width. A table's cells are measured for the whole table and again when drawn, and a form or order is
 * laid out once to count its pages and once to draw them; each measure is taken once. For one document at a time.
 */
final class Measured {
    private final Map<Styled.Run, Styled> texts = new HashMap<>();
    private final Map<Wrap, List<int[]>> lines = new HashMap<>();

    /** A text broken at widths (the same {@link Styled} instance: its arrays compare by identity). */
    private record Wrap(Styled text, float size, float spacing, float firstWidth, float restWidth) {
    }

    Styled styled(Styled.Run run, Function<Styled.Run, Styled> measure) {
        return texts.computeIfAbsent(run, measure);
    }

    /** {@link LineBreaker#wrap}, once per text and widths; the lines returned are not to be changed. */
    List<int[]> wrap(Styled s, float size, float spacing, float firstWidth, float restWidth) {
        return lines.computeIfAbsent(new Wrap(s, size, spacing, firstWidth, restWidth),
                w -> LineBreaker.wrap(s, size, spacing, firstWidth, restWidth));
    }
}
