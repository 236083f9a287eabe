package cn.hazedesk.infra.data;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.enterprise.TransportRule;

import java.util.Locale;

/** The spellings the rule files use: levels yellow/orange/red, pollutants SO2/NOX/PM/VOCS, enum names. */
final class RuleValues {
    private RuleValues() {
    }

    static WarningLevel level(String s) {
        return WarningLevel.valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    static Pollutant pollutant(String s) {
        return Pollutant.valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    static TransportRule transport(String s) {
        return TransportRule.valueOf(s.strip());
    }

    /** A grade as the rule files write it (A, B-, 非引领性 …): the list's own grade words (data/list-vocabulary.csv). */
    static java.util.Optional<cn.hazedesk.domain.enterprise.PerformanceGrade> grade(
            cn.hazedesk.domain.listimport.ListVocabulary words, String s) {
        return words.values().grade(s).filter(g -> g.control() == null)
                .map(cn.hazedesk.domain.listimport.ValueWords.GradeWords::grade);
    }
}
