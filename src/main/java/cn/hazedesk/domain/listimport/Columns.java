package cn.hazedesk.domain.listimport;

/** Spreadsheet column letters. */
public final class Columns {
    private Columns() {
    }

    /** 0 → "A", 25 → "Z", 26 → "AA". */
    public static String letters(int column) {
        StringBuilder b = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** "AB12" → 27 (the 0-based column of an A1 reference); -1 when it has no letters. */
    public static int index(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    /** "AB12" → 12 (the row of an A1 reference); -1 when it has none. */
    public static int row(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
