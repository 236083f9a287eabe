package cn.hazedesk.domain.permit;

import cn.hazedesk.domain.uscc.UsccProblem;

/**
 * Why a row of the permit register cannot be taken: the row, the field (its header as the file writes it) and the
 * reason; {@code usccProblem} for an invalid code, {@code value} the cell as given.
 */
public record PermitProblem(int row, Field field, Reason reason, String value, UsccProblem usccProblem) {
    public enum Field { PERMIT_NUMBER, NAME, USCC, MANAGEMENT_TYPE }

    public enum Reason { MISSING, INVALID_USCC, DUPLICATE_PERMIT }
}
