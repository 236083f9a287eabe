package cn.hazedesk.application;

/** How big the stored list is, and how much of it is sample data. */
public record ListSummary(int enterprises, int lines, int sampleEnterprises) {
    public boolean empty() {
        return enterprises == 0;
    }
}
