package cn.hazedesk.domain.document;

/**
 * One check of an inspection (督查记录表): the item, the answer (true 是, false 否, null not answered: the form shows
 * both boxes to tick by hand) and the details noted (may be empty).
 */
public record CheckItem(String item, Boolean compliant, String details) {
    public CheckItem {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a check needs its item");
        }
        details = details == null ? "" : details;
    }
}
