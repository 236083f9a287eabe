package cn.hazedesk.domain.enterprise;

/**
 * The words HazeDesk writes for list values: column headers, grades, control and measure types, yes and no. They are
 * data (data/list-vocabulary.csv, the first name of each entry; docs/list-import.md), so that the code holds no
 * Chinese and a city can change them; the same file holds the other words each value is read back from.
 */
public interface ListWords {
    /** The header written for a column: 企业名称, 黄色预警减排比例 … */
    String header(ListField field);

    /** 重点行业, 一般, 保障类 … */
    String word(ControlType type);

    /** 停产, 限产, 错峰 … */
    String word(MeasureType type);

    /** A, B-, 引领性, 未评级 … */
    String word(PerformanceGrade grade);

    /** 是 or 否. */
    String yesNoWord(boolean yes);
}
