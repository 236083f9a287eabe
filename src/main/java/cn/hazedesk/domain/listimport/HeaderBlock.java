package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the header block of a list sheet among its first rows and tells what each column means.
 * <p>Real lists put a merged title above the headers and write headers in one to three rows: a group cell such as
 * 主要污染物年排放量（吨） spans SO2 / NOx / 颗粒物 / VOCs below it, 黄色预警 spans 减排措施 / 减排比例, and a cell
 * such as 企业名称 is merged down over the whole block. Every block of one to three consecutive rows (no title row,
 * no blank row) is tried: each column's meaning is composed from its cells top to bottom (merged cells count in
 * every row and column they cover) with the words of {@link ListVocabulary}; the block naming most of the columns a
 * list needs wins (then the one naming more columns, then the shorter, then the higher). A units row (吨/年, %) or a
 * numbering row (1 2 3 …) right below the block belongs to it.
 */
public final class HeaderBlock {
    static final int MAX_HEIGHT = 3;

    private HeaderBlock() {
    }

    /** The column groups a list needs: each must be named for the sheet to be read. */
    static final List<Set<ListField>> NEEDED = List.of(
            EnumSet.of(ListField.NAME), EnumSet.of(ListField.USCC), EnumSet.of(ListField.DISTRICT),
            EnumSet.of(ListField.INDUSTRY),
            EnumSet.of(ListField.SO2), EnumSet.of(ListField.NOX), EnumSet.of(ListField.PM), EnumSet.of(ListField.VOCS),
            EnumSet.of(ListField.YELLOW_TEXT, ListField.YELLOW_FRACTION, ListField.YELLOW_TYPE),
            EnumSet.of(ListField.ORANGE_TEXT, ListField.ORANGE_FRACTION, ListField.ORANGE_TYPE),
            EnumSet.of(ListField.RED_TEXT, ListField.RED_FRACTION, ListField.RED_TYPE));

    /**
     * @param rows    the first rows of the sheet: row (1-based) → column (0-based) → cell text; empty cells absent
     * @param merges  the sheet's merged regions (any; those below the searched rows are ignored here)
     */
    public static SheetLayout find(String sheetName, Map<Integer, Map<Integer, String>> rows, List<MergedRegion> merges,
                                   ListVocabulary words, RegionCatalog regions) {
        HeaderGrid grid = new HeaderGrid(rows, merges);
        Candidate best = null;
        for (int s : grid.rowNumbers()) {
            if (s > SheetLayout.HEADER_SEARCH_ROWS) {
                break;
            }
            for (int h = 1; h <= MAX_HEIGHT; h++) {
                if (!grid.headerLike(s, h)) {
                    break;
                }
                Candidate c = evaluate(grid, s, h, words);
                if (best == null || c.better(best)) {
                    best = c;
                }
            }
        }
        if (best == null || !best.named.contains(ListField.NAME) || best.covered < 4) {
            return SheetLayout.none(sheetName);
        }
        return best.layout(sheetName, grid, words, regions);
    }

    private static Candidate evaluate(HeaderGrid grid, int s, int h, ListVocabulary words) {
        Candidate c = new Candidate(s, h);
        for (int col : grid.columnsIn(s, s + h - 1)) {
            List<String> parts = grid.parts(col, s, s + h - 1);
            if (parts.isEmpty()) {
                continue;
            }
            Object meaning = classify(parts, words);
            if (meaning instanceof SheetLayout.Column column) {
                c.columns.put(col, new SheetLayout.Column(col, String.join("/", parts), column.field(), column.factor(),
                        column.percent(), column.unitAssumed()));
                c.named.add(column.field());
            } else if (meaning instanceof SheetLayout.IgnoredColumn ignored) {
                c.ignored.add(new SheetLayout.IgnoredColumn(col, String.join("/", parts), ignored.reason(), ignored.detail()));
            }
        }
        for (Set<ListField> group : NEEDED) {
            if (group.stream().anyMatch(c.named::contains)) {
                c.covered++;
            }
        }
        return c;
    }

    /** A column's meaning from its header parts, top to bottom: a Column, or an IgnoredColumn with its reason. */
    static Object classify(List<String> parts, ListVocabulary words) {
        for (String p : parts) {
            if (words.ignoreWord(p)) {
                return ignored(SheetLayout.IgnoreReason.NOT_READ, "");
            }
        }
        Set<WarningLevel> levels = new LinkedHashSet<>();
        Set<Enterprise.Pollutant> pollutants = new LinkedHashSet<>();
        for (String p : parts) {
            levels.addAll(words.allLevels(p));
            pollutants.addAll(words.allPollutants(p));
        }
        if (levels.size() > 1 || pollutants.size() > 1) {
            return ignored(SheetLayout.IgnoreReason.AMBIGUOUS, "");
        }
        if (levels.size() == 1) {
            if (!pollutants.isEmpty()) {
                return ignored(SheetLayout.IgnoreReason.NOT_READ, "");
            }
            WarningLevel level = levels.iterator().next();
            ListVocabulary.Aspect aspect = ListVocabulary.Aspect.TEXT;
            boolean percent = false;
            for (int i = parts.size() - 1; i >= 0; i--) {
                var a = words.aspect(parts.get(i));
                if (a.isPresent()) {
                    aspect = a.get();
                    break;
                }
            }
            for (String p : parts) {
                percent |= ListVocabulary.norm(p).contains("%"); // norm makes ％ half-width
            }
            ListField f = switch (aspect) {
                case TYPE -> ListField.typeField(level);
                case FRACTION -> ListField.fractionField(level);
                case TEXT -> ListField.textField(level);
            };
            return new SheetLayout.Column(-1, "", f, BigDecimal.ONE, percent && aspect == ListVocabulary.Aspect.FRACTION, false);
        }
        if (pollutants.size() == 1) {
            Enterprise.Pollutant p = pollutants.iterator().next();
            boolean emission = false;
            List<String> units = new ArrayList<>();
            for (String part : parts) {
                emission |= words.emissionWord(part);
                units.addAll(words.unitsIn(part));
            }
            BigDecimal factor = null;
            for (String u : units) {
                var known = words.unitFactor(u);
                if (known.isEmpty()) {
                    return ignored(SheetLayout.IgnoreReason.UNIT, u);
                }
                if (factor != null && factor.compareTo(known.get()) != 0) {
                    return ignored(SheetLayout.IgnoreReason.UNIT, String.join(" ", units));
                }
                factor = known.get();
            }
            if (!emission && factor == null) {
                return ignored(SheetLayout.IgnoreReason.NOT_EMISSION, "");
            }
            return new SheetLayout.Column(-1, "", emissionField(p), factor == null ? BigDecimal.ONE : factor, false,
                    factor == null);
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            var f = words.field(parts.get(i));
            if (f.isPresent()) {
                return new SheetLayout.Column(-1, "", f.get(), BigDecimal.ONE, false, false);
            }
        }
        return ignored(SheetLayout.IgnoreReason.UNKNOWN, "");
    }

    private static SheetLayout.IgnoredColumn ignored(SheetLayout.IgnoreReason reason, String detail) {
        return new SheetLayout.IgnoredColumn(-1, "", reason, detail);
    }

    static ListField emissionField(Enterprise.Pollutant p) {
        return switch (p) {
            case SO2 -> ListField.SO2;
            case NOX -> ListField.NOX;
            case PM -> ListField.PM;
            case VOCS -> ListField.VOCS;
        };
    }

    /** One header block tried. */
    private static final class Candidate {
        final int start;
        final int height;
        final Map<Integer, SheetLayout.Column> columns = new HashMap<>();
        final List<SheetLayout.IgnoredColumn> ignored = new ArrayList<>();
        final Set<ListField> named = EnumSet.noneOf(ListField.class);
        int covered;

        Candidate(int start, int height) {
            this.start = start;
            this.height = height;
        }

        boolean better(Candidate o) {
            if (covered != o.covered) {
                return covered > o.covered;
            }
            // more different columns named (a block cut one row short names 黄色预警 twice, not 措施 and 比例)
            if (named.size() != o.named.size()) {
                return named.size() > o.named.size();
            }
            int dup = columns.size() - named.size();
            int otherDup = o.columns.size() - o.named.size();
            if (dup != otherDup) {
                return dup < otherDup;
            }
            if (height != o.height) {
                return height < o.height;
            }
            return start < o.start;
        }

        SheetLayout layout(String sheetName, HeaderGrid grid, ListVocabulary words, RegionCatalog regions) {
            int last = start + height - 1;
            Map<Integer, SheetLayout.Column> cols = new HashMap<>(columns);
            List<SheetLayout.IgnoredColumn> ign = new ArrayList<>(ignored);
            // a units row or a numbering row right below the block belongs to it
            for (int r = last + 1; r <= last + 2; r++) {
                Map<Integer, String> own = grid.ownCells(r);
                if (own.isEmpty()) {
                    break;
                }
                if (own.values().stream().allMatch(words::isUnit)) {
                    applyUnits(own, cols, ign, words);
                    last = r;
                } else if (numbering(own)) {
                    last = r;
                } else {
                    break;
                }
            }
            List<ListField> missing = new ArrayList<>();
            Set<ListField> present = EnumSet.noneOf(ListField.class);
            cols.values().forEach(c -> present.add(c.field()));
            String district = null;
            for (Set<ListField> group : NEEDED) {
                if (group.stream().noneMatch(present::contains)) {
                    ListField f = group.iterator().next();
                    if (f == ListField.DISTRICT) {
                        district = districtInName(sheetName, regions);
                        continue; // the sheet's name or section rows may give it; the check says so otherwise
                    }
                    missing.add(f.level() != null ? ListField.textField(f.level()) : f);
                }
            }
            ign.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return new SheetLayout(sheetName, true, start, last, cols, ign, missing, district);
        }
    }

    private static void applyUnits(Map<Integer, String> units, Map<Integer, SheetLayout.Column> cols,
                                   List<SheetLayout.IgnoredColumn> ignored, ListVocabulary words) {
        for (Map.Entry<Integer, String> u : units.entrySet()) {
            SheetLayout.Column c = cols.get(u.getKey());
            if (c == null) {
                continue;
            }
            String unit = ListVocabulary.norm(u.getValue()).replace("(", "").replace(")", "");
            if (c.field().level() != null && unit.equals("%") && c.field() == ListField.fractionField(c.field().level())) {
                cols.put(c.index(), new SheetLayout.Column(c.index(), c.header() + "/" + u.getValue(), c.field(),
                        c.factor(), true, false));
            } else if (emission(c.field())) {
                var factor = words.unitFactor(unit);
                if (factor.isEmpty()) {
                    cols.remove(c.index());
                    ignored.add(new SheetLayout.IgnoredColumn(c.index(), c.header() + "/" + u.getValue(),
                            SheetLayout.IgnoreReason.UNIT, unit));
                } else if (!c.unitAssumed() && c.factor().compareTo(factor.get()) != 0) {
                    cols.remove(c.index());
                    ignored.add(new SheetLayout.IgnoredColumn(c.index(), c.header() + "/" + u.getValue(),
                            SheetLayout.IgnoreReason.UNIT, unit));
                } else {
                    cols.put(c.index(), new SheetLayout.Column(c.index(), c.header() + "/" + u.getValue(), c.field(),
                            factor.get(), false, false));
                }
            }
        }
    }

    static boolean emission(ListField f) {
        return f == ListField.SO2 || f == ListField.NOX || f == ListField.PM || f == ListField.VOCS;
    }

    /** 1 2 3 …, (1) (2) (3) …: at least three whole numbers, increasing. */
    private static boolean numbering(Map<Integer, String> cells) {
        if (cells.size() < 3) {
            return false;
        }
        long previous = Long.MIN_VALUE;
        for (String v : new java.util.TreeMap<>(cells).values()) {
            String n = ListVocabulary.norm(v).replace("(", "").replace(")", "");
            if (n.endsWith(".0")) {
                n = n.substring(0, n.length() - 2);
            }
            long x;
            try {
                x = Long.parseLong(n);
            } catch (NumberFormatException e) {
                return false;
            }
            if (x <= previous) {
                return false;
            }
            previous = x;
        }
        return true;
    }

    /** The code of the district a sheet's name names (大武口区, 惠农, 平罗县清单 …), or null. */
    public static String districtInName(String text, RegionCatalog regions) {
        if (text == null) {
            return null;
        }
        String n = ListVocabulary.norm(text);
        String found = null;
        for (Region d : regions.districts()) {
            String name = ListVocabulary.norm(d.name());
            String shortName = name.length() > 2 ? name.substring(0, name.length() - 1) : name;
            if (n.contains(name) || n.contains(shortName)) {
                if (found != null && !found.equals(d.code())) {
                    return null; // names two districts
                }
                found = d.code();
            }
        }
        return found;
    }
}
