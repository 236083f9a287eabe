package cn.hazedesk.ui.list;

/** One production line as the list's lower table shows it. */
public record LineRow(String name, String process, String capacity, String so2, String nox, String pm, String vocs,
                      String yellow, String orange, String red) {
}
