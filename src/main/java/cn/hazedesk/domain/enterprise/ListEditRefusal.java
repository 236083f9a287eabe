package cn.hazedesk.domain.enterprise;

/**
 * Why an edit of the list (creating, changing or deleting one enterprise with its lines) was refused; worded as
 * {@code refusal.ListEditRefusal.<code>}. The field-by-field findings travel as the refusal's parts
 * ({@link ListProblem}s), so the editor shows each at its field.
 */
public enum ListEditRefusal {
    /** Fields break the list's rules. args: how many problems; parts: the {@link ListProblem}s */
    INVALID_FIELDS,
    /** Another stored enterprise already has this USCC. args: the USCC, the other enterprise's name; parts: the
     *  USCC's {@link ListProblem} (USCC_TAKEN) */
    DUPLICATE_USCC,
    /** The enterprise to change or delete is no longer stored (deleted meanwhile). args: its id */
    NOT_FOUND,
    /**
     * The enterprise was changed by someone else after the editor read it (another seat, in shared mode): the save
     * would overwrite that change. args: its name, who changed it last, when (yyyy-MM-dd HH:mm:ss)
     */
    CHANGED_MEANWHILE
}
