package cn.hazedesk.domain.episode;

/**
 * One light measure of a 轻中度污染临时管控 (data/temp-control-measures.csv): the heading it is stated under in the
 * notice and what is to be done. General, for everyone concerned: a temporary control gives no enterprise an order.
 */
public record TempControlMeasure(String category, String measure) {
    public TempControlMeasure {
        if (category == null || category.isBlank() || measure == null || measure.isBlank()) {
            throw new IllegalArgumentException("a light measure needs its category and its text");
        }
        category = category.strip();
        measure = measure.strip();
    }
}
