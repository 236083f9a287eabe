package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListWords;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.hazedesk.domain.listimport.VocabularyText.norm;

/**
 * The words of a list's values, as data (data/list-vocabulary.csv, kinds grade, control, measure_type, yes, no and
 * header): the words a cell is read with, and the one HazeDesk writes (the first name of each entry). Every value has
 * its written word, or the vocabulary is refused.
 */
public final class ValueWords implements ListWords {
    /** A grade word, optionally with a control type written in the same cell (民生豁免-B). */
    public record GradeWords(PerformanceGrade grade, ControlType control) {
    }

    private final Map<String, PerformanceGrade> grades = new HashMap<>();
    private final Map<String, ControlType> controls = new LinkedHashMap<>();
    private final Map<String, MeasureType> measureTypes = new HashMap<>();
    private final Map<String, Boolean> yesNo = new HashMap<>();
    private final Map<ListField, String> headers = new EnumMap<>(ListField.class);
    private final Map<ControlType, String> controlWords = new EnumMap<>(ControlType.class);
    private final Map<MeasureType, String> measureTypeWords = new EnumMap<>(MeasureType.class);
    private final Map<PerformanceGrade, String> gradeWords = new EnumMap<>(PerformanceGrade.class);
    private String yesWord = "";
    private String noWord = "";

    /** @throws IllegalArgumentException for an unknown key, or a value without its written word */
    ValueWords(List<ListVocabulary.Entry> entries) {
        for (ListVocabulary.Entry e : entries) {
            for (String raw : e.names()) {
                String n = norm(raw);
                if (n.isEmpty()) {
                    continue;
                }
                String word = raw.trim();
                switch (e.kind()) {
                    case GRADE -> {
                        PerformanceGrade g = PerformanceGrade.valueOf(e.key());
                        grades.putIfAbsent(n, g);
                        gradeWords.putIfAbsent(g, word);
                    }
                    case CONTROL -> {
                        ControlType c = ControlType.valueOf(e.key());
                        controls.putIfAbsent(n, c);
                        controlWords.putIfAbsent(c, word);
                    }
                    case MEASURE_TYPE -> {
                        MeasureType t = MeasureType.valueOf(e.key());
                        measureTypes.putIfAbsent(n, t);
                        measureTypeWords.putIfAbsent(t, word);
                    }
                    case HEADER -> headers.putIfAbsent(ListField.valueOf(e.key()), word);
                    case YES -> {
                        yesNo.putIfAbsent(n, true);
                        yesWord = yesWord.isEmpty() ? word : yesWord;
                    }
                    case NO -> {
                        yesNo.putIfAbsent(n, false);
                        noWord = noWord.isEmpty() ? word : noWord;
                    }
                    default -> {
                        // the words of columns, units and rows: ListVocabulary
                    }
                }
            }
        }
        if (yesWord.isEmpty() || noWord.isEmpty()) {
            throw new IllegalArgumentException("no yes or no word");
        }
        everyOneNamed("header", ListField.values(), headers);
        everyOneNamed("control", ControlType.values(), controlWords);
        everyOneNamed("measure_type", MeasureType.values(), measureTypeWords);
        everyOneNamed("grade", PerformanceGrade.values(), gradeWords);
    }

    private static <E extends Enum<E>> void everyOneNamed(String kind, E[] all, Map<E, String> words) {
        for (E e : all) {
            if (!words.containsKey(e)) {
                throw new IllegalArgumentException("no " + kind + " word for " + e.name());
            }
        }
    }

    @Override
    public String header(ListField field) {
        return headers.get(field);
    }

    @Override
    public String word(ControlType type) {
        return controlWords.get(type);
    }

    @Override
    public String word(MeasureType type) {
        return measureTypeWords.get(type);
    }

    @Override
    public String word(PerformanceGrade grade) {
        return gradeWords.get(grade);
    }

    /** Yes or no as a list cell writes it: 是, 否 (the first yes and no word). */
    @Override
    public String yesNoWord(boolean yes) {
        return yes ? yesWord : noWord;
    }

    /** 是/否, 有/无, 涉及/不涉及, yes/no, Y/N, 1/0, √/× (kinds yes and no); empty when blank or not one of them. */
    public Optional<Boolean> yesNo(String text) {
        return Optional.ofNullable(yesNo.get(norm(text)));
    }

    /** A measure type by one of its words (停产, 限产 …) or its key (STOP). */
    public Optional<MeasureType> measureType(String text) {
        String n = norm(text);
        MeasureType t = measureTypes.get(n);
        if (t != null) {
            return Optional.of(t);
        }
        return byKey(MeasureType.values(), n);
    }

    /** A control type by one of its words (重点行业, 保障类, 长期停产 …) or its key. */
    public Optional<ControlType> control(String text) {
        String n = norm(text);
        ControlType c = controls.get(n);
        if (c != null) {
            return Optional.of(c);
        }
        return byKey(ControlType.values(), n);
    }

    private static <E extends Enum<E>> Optional<E> byKey(E[] all, String n) {
        for (E e : all) {
            if (e.name().equalsIgnoreCase(n)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The grade (and the control type, when the cell names one too) a grade cell writes: A, B-级, 地方A,
     * 民生豁免-B, 长期停产. Empty when the text is not understood.
     */
    public Optional<GradeWords> grade(String text) {
        String n = norm(text);
        if (n.isEmpty()) {
            return Optional.of(new GradeWords(PerformanceGrade.UNRATED, null));
        }
        Optional<GradeWords> whole = gradeOrControl(n);
        if (whole.isPresent()) {
            return whole;
        }
        // "民生豁免-B", "B(保障类)", "保障类B": a control word and a grade word
        for (Map.Entry<String, ControlType> c : controls.entrySet()) {
            String word = c.getKey();
            if (n.startsWith(word) || n.endsWith(word)) {
                String rest = n.startsWith(word) ? n.substring(word.length()) : n.substring(0, n.length() - word.length());
                rest = VocabularyText.stripSeparators(rest);
                PerformanceGrade g = gradeOnly(rest);
                if (g != null) {
                    return Optional.of(new GradeWords(g, c.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GradeWords> gradeOrControl(String n) {
        PerformanceGrade g = gradeOnly(n);
        if (g != null) {
            return Optional.of(new GradeWords(g, null));
        }
        ControlType c = controls.get(n);
        if (c != null) {
            return Optional.of(new GradeWords(PerformanceGrade.UNRATED, c));
        }
        return Optional.empty();
    }

    private PerformanceGrade gradeOnly(String n) {
        if (n.isEmpty()) {
            return null;
        }
        PerformanceGrade g = grades.get(n);
        if (g != null) {
            return g;
        }
        return PerformanceGrade.parse(n).orElse(null);
    }
}
