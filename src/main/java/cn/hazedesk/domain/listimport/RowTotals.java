package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ValueParser;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emissions of a sheet's rows summed so far, to compare with the totals rows the list writes: a 小计 row with the
 * rows since the last 小计, a 合计 row with the whole sheet. A difference beyond the total's own rounding is a note
 * (the list's totals are not read as enterprises).
 */
final class RowTotals {
    private final EnumMap<ListField, BigDecimal> segmentSums = new EnumMap<>(ListField.class);
    private final EnumMap<ListField, BigDecimal> sheetSums = new EnumMap<>(ListField.class);
    private final ListVocabulary words;

    /** @param words say which totals rows are subtotals (data/list-vocabulary.csv, kind subtotal) */
    RowTotals(ListVocabulary words) {
        this.words = words;
    }

    /** A new sheet: nothing summed. */
    void clear() {
        segmentSums.clear();
        sheetSums.clear();
    }

    /** A data row's emission of one pollutant. */
    void add(ListField f, BigDecimal v) {
        segmentSums.merge(f, v, BigDecimal::add);
        sheetSums.merge(f, v, BigDecimal::add);
    }

    /** A totals row: notes each pollutant whose written total differs from the rows it totals. */
    void check(SheetRow row, String label, SheetLayout layout, RowShapes shapes, ListEntryParser.Options options,
               List<CheckNote> notes) {
        notes.add(CheckNote.of(CheckNote.Kind.TOTAL_ROW, layout.sheetName(), row.rowNumber(), label));
        boolean subtotal = words.subtotal(label);
        Map<ListField, BigDecimal> compared = subtotal ? segmentSums : sheetSums;
        for (ListField f : List.of(ListField.SO2, ListField.NOX, ListField.PM, ListField.VOCS)) {
            Optional<SheetRow.Cell> cell = shapes.first(row.cells(), f);
            if (cell.isEmpty() || cell.get().blank()) {
                continue;
            }
            Optional<BigDecimal> total = ValueParser.decimal(ValueParser.clean(cell.get().text()));
            if (total.isEmpty()) {
                continue;
            }
            BigDecimal factor = options.factors().getOrDefault(f, BigDecimal.ONE);
            BigDecimal t = total.get().multiply(factor);
            BigDecimal sum = compared.getOrDefault(f, BigDecimal.ZERO);
            // a total is usually rounded: half a unit of its last written decimal is no difference
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, total.get().stripTrailingZeros().scale()))
                    .multiply(factor).divide(BigDecimal.valueOf(2)).add(new BigDecimal("0.000001"));
            if (t.subtract(sum).abs().compareTo(tolerance) > 0) {
                notes.add(CheckNote.of(CheckNote.Kind.TOTAL_MISMATCH, layout.sheetName(), row.rowNumber(),
                        layout.header(f, words.values()), plain(t), plain(sum)));
            }
        }
        if (subtotal) {
            segmentSums.clear();
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
