package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.common.TextNormalizer;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.domain.listimport.ListCells.get;
import static cn.hazedesk.domain.listimport.ListCells.scaled;
import static cn.hazedesk.domain.listimport.ListCells.text;

/**
 * A line's measure at one warning level from its three cells (type, share, text): an explicit share wins and is
 * checked against the type and the text; without one the share is read from the text ({@link MeasureTextRules}) or
 * implied by the type (停产 all, 自主减排 and 运输管控 none). A share is "30%", 0.3, or a plain 30 read as a percent.
 * Conflicts and measures that cannot be read are problems naming the line.
 */
final class LevelMeasureCells {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MeasureTextRules measureRules;
    private final ListVocabulary words;

    LevelMeasureCells(MeasureTextRules measureRules, ListVocabulary words) {
        this.measureRules = measureRules;
        this.words = words;
    }

    Optional<LevelMeasure> read(Map<ListField, String> cells, WarningLevel level, String lineName, BigDecimal design,
                                ListEntryParser.Options options, ListEntryParser.Tally tally, List<ListProblem> found) {
        ListField typeField = ListField.typeField(level);
        ListField fractionField = ListField.fractionField(level);
        ListField textField = ListField.textField(level);
        String typeText = ListText.text(get(cells, typeField));
        String fractionText = ValueParser.clean(get(cells, fractionField));
        String text = text(cells, textField, lineName, found);
        if (typeText.isEmpty() && fractionText.isEmpty() && text.isEmpty()) {
            return Optional.empty();
        }
        MeasureType explicitType = null;
        if (!typeText.isEmpty()) {
            explicitType = words.values().measureType(typeText).orElse(null);
            if (explicitType == null) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.UNKNOWN_MEASURE_TYPE,
                        ListEntryParser.withWords(typeText, MeasureType.values(), words.values()::word)));
            }
        }
        BigDecimal fraction = null;
        if (!fractionText.isEmpty()) {
            fraction = fraction(fractionText, fractionField, lineName, options.percentColumns().contains(fractionField),
                    tally, found);
            if (fraction == null) {
                // unreadable share: already a problem; the text is not read in its place
                return Optional.of(new LevelMeasure(level, explicitType == null ? MeasureType.OTHER : explicitType,
                        null, text, TransportRule.NONE));
            }
        }
        MeasureTextRules.Reading reading = text.isEmpty()
                ? new MeasureTextRules.Reading(MeasureTextRules.Status.NOT_READ, null, null, TransportRule.NONE, List.of())
                : measureRules.read(text, design);
        TransportRule transport = reading.transport();
        if (transport != TransportRule.NONE) {
            tally.transportRules++;
        }
        BigDecimal implied = explicitType == null ? null : implied(explicitType);
        MeasureType type = explicitType != null ? explicitType : reading.type();
        BigDecimal share;
        if (fraction != null) {
            share = fraction;
            if (reading.read() && reading.share().compareTo(fraction) != 0 && reading.type() != MeasureType.TRANSPORT) {
                found.add(ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_CONFLICT,
                        fraction.toPlainString(), reading.share().toPlainString(), text));
            } else if (implied != null && implied.compareTo(fraction) != 0) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.TYPE_SHARE_CONFLICT, typeText,
                        fraction.toPlainString()));
            }
            if (type == null) {
                type = fraction.compareTo(BigDecimal.ONE) == 0 ? MeasureType.STOP
                        : fraction.signum() == 0 ? MeasureType.OTHER : MeasureType.CAP;
            }
        } else if (reading.read() && reading.type() != MeasureType.TRANSPORT) {
            share = reading.share();
            tally.derivedMeasures++;
            if (implied != null && implied.compareTo(share) != 0) {
                found.add(ListProblem.of(typeField, lineName, ListProblem.Kind.TYPE_SHARE_CONFLICT, typeText,
                        share.toPlainString()));
            }
        } else if (implied != null) {
            share = implied;
            if (!text.isEmpty()) {
                tally.derivedMeasures++;
            }
        } else if (reading.read()) {
            // a transport rule alone: no production cut
            share = BigDecimal.ZERO;
            tally.derivedMeasures++;
        } else {
            share = null;
            if (text.isEmpty() && explicitType != null) {
                found.add(ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NO_SHARE, typeText));
            } else if (typeText.isEmpty() || explicitType != null) {
                found.add(unread(reading, text, typeText, fractionField, lineName));
            }
        }
        return Optional.of(new LevelMeasure(level, type == null ? MeasureType.OTHER : type, share, text, transport));
    }

    private static ListProblem unread(MeasureTextRules.Reading reading, String text, String typeText,
                                      ListField fractionField, String lineName) {
        String shown = text.isEmpty() ? typeText : text;
        return switch (reading.status()) {
            case AMBIGUOUS -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_AMBIGUOUS,
                    reading.details().toArray(String[]::new));
            case NO_SHARE -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NO_SHARE, shown);
            case NEEDS_DESIGN_COKING_TIME ->
                    ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NEEDS_DESIGN_COKING_TIME, shown);
            case OUT_OF_RANGE -> ListProblem.of(fractionField, lineName, ListProblem.Kind.FRACTION_RANGE,
                    reading.details().toArray(String[]::new));
            default -> ListProblem.of(fractionField, lineName, ListProblem.Kind.MEASURE_NOT_READ, shown);
        };
    }

    /** The share a measure type means by itself: 停产 all, 自主减排 and 运输管控 no production cut. */
    private static BigDecimal implied(MeasureType t) {
        return switch (t) {
            case STOP -> BigDecimal.ONE;
            case VOLUNTARY, TRANSPORT -> BigDecimal.ZERO;
            default -> null;
        };
    }


    /**
     * A share: "30%" → 0.3; in a column whose header says %, a plain 30 → 0.3; otherwise 0.3 → 0.3 and a plain
     * number above 1 (up to 100) → that percent (counted).
     */
    private static BigDecimal fraction(String t, ListField f, String lineName, boolean percentColumn,
                                       ListEntryParser.Tally tally, List<ListProblem> found) {
        String s = TextNormalizer.toHalfWidth(t).trim(); // ％ too
        Optional<BigDecimal> v;
        if (s.endsWith("%")) {
            v = ValueParser.fraction(s);
        } else {
            v = ValueParser.decimal(s);
            if (v.isPresent()) {
                BigDecimal x = v.get();
                if (percentColumn) {
                    v = Optional.of(x.divide(HUNDRED));
                } else if (x.compareTo(BigDecimal.ONE) > 0) {
                    if (x.compareTo(HUNDRED) <= 0) {
                        tally.percentsRead++;
                    }
                    v = Optional.of(x.divide(HUNDRED)); // 30 → 30 %; above 100 it is out of range as a percent
                }
            }
        }
        if (v.isEmpty()) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.NOT_A_NUMBER, t));
            return null;
        }
        BigDecimal x = v.get();
        if (x.signum() < 0 || x.compareTo(BigDecimal.ONE) > 0) {
            found.add(ListProblem.of(f, lineName, ListProblem.Kind.FRACTION_RANGE, x.stripTrailingZeros().toPlainString()));
            return null;
        }
        return scaled(x, ListEntryParser.FRACTION_SCALE, tally);
    }
}
