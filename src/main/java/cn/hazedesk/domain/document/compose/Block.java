package cn.hazedesk.domain.document.compose;

import java.util.List;

/**
 * One element of a composed document, in reading order. The renderer decides the geometry (GB/T 9704 for the
 * official format); the composer decides the words. Texts here are final: every placeholder already filled.
 */
public sealed interface Block {

    /** 紧急程度 (特急 / 加急) at the top left, 黑体. */
    record TopLeft(String text) implements Block {
    }

    /** 发文机关标志 (红头): red, centred, condensed to the type area's width if needed. */
    record Masthead(String text) implements Block {
    }

    /** 发文字号 centred under the masthead, with the red rule 4 mm below it. */
    record DocumentNumber(String text) implements Block {
    }

    /** 标题: 小标宋-like, centred; may wrap. */
    record Title(String text) implements Block {
    }

    /** 主送 / 抬头 (ends with a full-width colon), flush left. */
    record Addressee(String text) implements Block {
    }

    /** A paragraph of the body. */
    record Paragraph(String text, Style style) implements Block {
    }

    enum Style {
        /** Indented 2 字. */
        BODY,
        /** 一、 heading: 黑体, indented 2 字. */
        HEADING1,
        /** （一） heading: 楷体 up to the first 。, then body, indented 2 字. */
        HEADING2,
        /** No indent. */
        FLUSH,
        /** Right-aligned (编号：… on an order). */
        RIGHT,
        /** Centred (a sub-title). */
        CENTRE,
        /** Smaller, no indent: notes under a table. */
        SMALL
    }

    /** One line with a left part and a right part (编号：… on the left, 填报时间：… on the right). */
    record SplitLine(String left, String right) implements Block {
    }

    /**
     * A table with a header row; the header repeats on a new page. Column widths are relative weights; {@code small}
     * sets it a size smaller (a dense list such as a batch cover).
     */
    record Table(List<Column> columns, List<List<String>> rows, boolean small) implements Block {
        public Table(List<Column> columns, List<List<String>> rows) {
            this(columns, rows, false);
        }

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + columns.size());
                }
            }
        }
    }

    record Column(String header, double weight, Align align) {
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /**
     * A form: rows of label | value, each at least {@code minLines} text lines tall; {@code footer} (e.g.
     * 签字：　　　年　月　日) sits at the bottom right of the value cell. A row with an empty label spans the width.
     */
    record Form(List<FormRow> rows, double labelWeight) implements Block {
        public Form {
            rows = List.copyOf(rows);
        }
    }

    record FormRow(String label, String value, int minLines, String footer) {
        public FormRow {
            value = value == null ? "" : value;
            footer = footer == null ? "" : footer;
        }
    }

    /** 发文机关署名 + 成文日期, right-aligned, with space above left blank for the seal (never drawn). */
    record Signature(String office, String date) implements Block {
    }

    /** 附注: left-indented 2 字, in round brackets. */
    record Remark(String text) implements Block {
    }

    /** 版记 at the bottom of the last page: 抄送 row (may be empty) and 印发机关 + 印发日期, between rules. */
    record Imprint(String copyTo, String printedBy, String printedDate, String copyToLabel) implements Block {
    }

    /** A dashed cut line across the type area with a label in the middle: what follows is the tear-off slip. */
    record CutLine(String label) implements Block {
    }

    /** A bar chart: per item the achieved percentage as a bar and the target as a marker line. */
    record Chart(String title, List<Bar> bars, String achievedLegend, String targetLegend) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    record Bar(String label, double achievedPercent, double targetPercent) {
    }

    /** Vertical space, in lines of the body. */
    record Gap(double lines) implements Block {
    }

    /** Blocks kept on one page: moved to the next page whole when they do not fit (the acknowledgement slip). */
    record Keep(List<Block> blocks) implements Block {
        public Keep {
            blocks = List.copyOf(blocks);
        }
    }
}
