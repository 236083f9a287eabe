package cn.hazedesk.domain.enterprise;

/** The three warning levels, low to high, with their emergency-response grades (Ⅲ/Ⅱ/Ⅰ级). */
public enum WarningLevel {
    YELLOW("黄色", "Ⅲ级"),
    ORANGE("橙色", "Ⅱ级"),
    RED("红色", "Ⅰ级");

    private final String chineseName;
    private final String responseGrade;

    WarningLevel(String chineseName, String responseGrade) {
        this.chineseName = chineseName;
        this.responseGrade = responseGrade;
    }

    public String chineseName() {
        return chineseName;
    }

    public String responseGrade() {
        return responseGrade;
    }
}
