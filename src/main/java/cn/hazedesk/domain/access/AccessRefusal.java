package cn.hazedesk.domain.access;

/** Why an actor may not take an action (words: refusal.AccessRefusal.*). args: the action's name. */
public enum AccessRefusal {
    /** The role does not allow the action. */
    ROLE,
    /** The action concerns another district, or the whole city, and the actor's scope is one district. */
    SCOPE,
    /** A grading review step of another level: 区县初审 is a district reviewer's, the later steps a city reviewer's. */
    LEVEL
}
