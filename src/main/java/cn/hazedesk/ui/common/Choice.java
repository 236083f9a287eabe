package cn.hazedesk.ui.common;

/** An entry of a choice box: what it shows, and the value it stands for (null for "all"). */
public record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
