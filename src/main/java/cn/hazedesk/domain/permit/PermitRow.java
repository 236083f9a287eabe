package cn.hazedesk.domain.permit;

/** One row of a permit register file as read: its row number (as the sheet shows it) and the cells' text. */
public record PermitRow(int row, String permitNumber, String name, String uscc, String managementType) {
}
