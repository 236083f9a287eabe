package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.TransportRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a measure written only as text (停产, 限产30%, 停运1/5电石炉, 结焦时间延长至36小时, 停止使用国四及以下重型载货车辆运输 …)
 * into its type, the share of the line's emissions cut and the transport rule, by rules kept as data
 * (data/measure-text-rules.csv; see docs/list-import.md). Every rule that matches is found; a match lying inside a
 * longer one is dropped, and of two matches of the same text the rule written first counts; the production matches
 * left must agree on the type and the share (shares read from numbers in the text come before a rule's own share). A text that no production rule reads, or whose matches disagree, is
 * reported as such: it is never taken as a zero.
 */
public final class MeasureTextRules {
    /** A percent sign typed in full width, read as '%'. */
    private static final char FULL_WIDTH_PERCENT = (char) ('%' + 0xFEE0);

    /** What a production rule's share is. */
    public enum Share { NONE, CONSTANT, PCT, FRACTION, DROP, COKING }

    /** One rule. {@code type} may be null (a rule giving only a share); {@code transport} is for transport rules. */
    public record Rule(boolean production, Pattern pattern, MeasureType type, Share share, BigDecimal constant,
                       TransportRule transport) {
    }

    /** How a text was read. */
    public enum Status {
        /** Type and share read. */
        READ,
        /** No production rule matches (the text may still name a transport rule). */
        NOT_READ,
        /** Production matches disagree on the type or the share. details: the parts that disagree */
        AMBIGUOUS,
        /** The type is read but the text gives no share (限产 without a number, 焖炉). */
        NO_SHARE,
        /** An extended coking time, but the line has no design coking time to compute 1 − T0/T1 from. */
        NEEDS_DESIGN_COKING_TIME,
        /** The numbers give a share outside 0–1 (由768降低到960). */
        OUT_OF_RANGE
    }

    /** The reading: type and share are null unless READ (type also for NO_SHARE / NEEDS_DESIGN_COKING_TIME). */
    public record Reading(Status status, MeasureType type, BigDecimal share, TransportRule transport, List<String> details) {
        public boolean read() {
            return status == Status.READ;
        }
    }

    private static final int SHARE_SCALE = 4;
    /** Lists repeat the same few texts on thousands of lines: each is read once. */
    private static final int CACHE_SIZE = 20_000;
    private final List<Rule> rules;
    private final java.util.concurrent.ConcurrentHashMap<String, Reading> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public MeasureTextRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private record Match(int order, Rule rule, int start, int end, String text, BigDecimal share, boolean numeric,
                         BigDecimal cokingHours) {
        /** Inside a longer match, or the same text matched by a rule written earlier. */
        boolean inside(Match o) {
            if (o == this || o.start > start || o.end < end) {
                return false;
            }
            return (o.end - o.start) > (end - start) || o.order < order;
        }
    }

    /**
     * @param designCokingHours the line's design coking time (T0), for 结焦时间延长至 T1; null when unknown
     */
    public Reading read(String text, BigDecimal designCokingHours) {
        String key = designCokingHours == null ? text : text + "\u0000" + designCokingHours.toPlainString();
        Reading cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Reading r = readUncached(text, designCokingHours);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(key, r);
        return r;
    }

    private Reading readUncached(String text, BigDecimal designCokingHours) {
        String t = ListText.text(text).replace(FULL_WIDTH_PERCENT, '%');
        if (t.isEmpty()) {
            return new Reading(Status.NOT_READ, null, null, TransportRule.NONE, List.of());
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            Matcher m = r.pattern().matcher(t);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                matches.add(match(i, r, m, designCokingHours));
            }
        }
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            if (matches.stream().noneMatch(m::inside)) {
                kept.add(m);
            }
        }
        TransportRule transport = TransportRule.NONE;
        for (Match m : kept) {
            if (!m.rule().production() && stricter(m.rule().transport(), transport)) {
                transport = m.rule().transport();
            }
        }
        List<Match> production = kept.stream().filter(m -> m.rule().production()).toList();
        if (production.isEmpty()) {
            if (transport != TransportRule.NONE) {
                return new Reading(Status.READ, MeasureType.TRANSPORT, BigDecimal.ZERO, transport, List.of());
            }
            return new Reading(Status.NOT_READ, null, null, transport, List.of());
        }
        Set<MeasureType> types = new LinkedHashSet<>();
        for (Match m : production) {
            if (m.rule().type() != null) {
                types.add(m.rule().type());
            }
        }
        if (types.size() > 1) {
            return new Reading(Status.AMBIGUOUS, null, null, transport, texts(production));
        }
        MeasureType type = types.isEmpty() ? MeasureType.CAP : types.iterator().next();
        for (Match m : production) {
            if (m.share() != null && (m.share().signum() < 0 || m.share().compareTo(BigDecimal.ONE) > 0)) {
                return new Reading(Status.OUT_OF_RANGE, type, null, transport, List.of(m.text()));
            }
        }
        BigDecimal share = agreed(production, true);
        if (share == null && production.stream().anyMatch(m -> m.numeric() && m.share() != null)) {
            return new Reading(Status.AMBIGUOUS, type, null, transport, texts(production));
        }
        if (share == null) {
            share = agreed(production, false);
            if (share == null && production.stream().anyMatch(m -> !m.numeric() && m.share() != null)) {
                return new Reading(Status.AMBIGUOUS, type, null, transport, texts(production));
            }
        }
        if (share == null) {
            boolean coking = production.stream().anyMatch(m -> m.rule().share() == Share.COKING);
            if (coking && designCokingHours == null) {
                return new Reading(Status.NEEDS_DESIGN_COKING_TIME, type, null, transport, texts(production));
            }
            return new Reading(Status.NO_SHARE, type, null, transport, texts(production));
        }
        return new Reading(Status.READ, type, share, transport, List.of());
    }

    /** The one share the matches of this kind (numeric or a rule's own) agree on; null when none or they differ. */
    private static BigDecimal agreed(List<Match> production, boolean numeric) {
        BigDecimal share = null;
        for (Match m : production) {
            if (m.numeric() != numeric || m.share() == null) {
                continue;
            }
            if (share == null) {
                share = m.share();
            } else if (share.compareTo(m.share()) != 0) {
                return null;
            }
        }
        return share;
    }

    private static List<String> texts(List<Match> matches) {
        return matches.stream().map(Match::text).distinct().toList();
    }

    private static boolean stricter(TransportRule a, TransportRule b) {
        return a.ordinal() > b.ordinal(); // NONE < NO_CHINA_IV_OR_OLDER < NO_ROAD_TRANSPORT
    }

    private static Match match(int order, Rule r, Matcher m, BigDecimal design) {
        BigDecimal share = null;
        boolean numeric = false;
        BigDecimal hours = null;
        switch (r.share()) {
            case CONSTANT -> share = r.constant();
            case PCT -> {
                BigDecimal pct = number(m, "pct", "pct2", "pct3");
                if (pct != null) {
                    share = pct.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                    numeric = true;
                }
            }
            case FRACTION -> {
                BigDecimal num = number(m, "num");
                BigDecimal den = number(m, "den");
                if (num != null && den != null && den.signum() > 0) {
                    share = num.divide(den, MathContext.DECIMAL64);
                    numeric = true;
                }
            }
            case DROP -> {
                BigDecimal from = number(m, "from");
                BigDecimal to = number(m, "to");
                if (from != null && to != null && from.signum() > 0) {
                    share = BigDecimal.ONE.subtract(to.divide(from, MathContext.DECIMAL64));
                    numeric = true;
                }
            }
            case COKING -> {
                hours = number(m, "hours");
                if (hours != null && design != null && hours.signum() > 0) {
                    share = BigDecimal.ONE.subtract(design.divide(hours, MathContext.DECIMAL64));
                    numeric = true;
                }
            }
            case NONE -> { }
        }
        if (share != null) {
            share = share.setScale(SHARE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            if (share.scale() < 0) {
                share = share.setScale(0);
            }
        }
        return new Match(order, r, m.start(), m.end(), m.group(), share, numeric, hours);
    }

    private static BigDecimal number(Matcher m, String... groups) {
        for (String g : groups) {
            try {
                String v = m.group(g);
                if (v != null) {
                    return new BigDecimal(v);
                }
            } catch (IllegalArgumentException e) {
                // the rule's pattern has no such group
            }
        }
        return null;
    }

    public List<Rule> rules() {
        return rules;
    }
}
