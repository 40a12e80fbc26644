package dev.pip.core;

/**
 * Sign-offs a plan needs before it may become active. A missing one is a plan-check ERROR.
 *
 * @param hrReviewed    HR reviewed the plan
 * @param repSigned     the rep signed it
 * @param managerSigned the manager signed it
 */
public record Approvals(boolean hrReviewed, boolean repSigned, boolean managerSigned) {
    /** No approval given. */
    public static Approvals none() {
        return new Approvals(false, false, false);
    }

    /** Every approval given. */
    public static Approvals all() {
        return new Approvals(true, true, true);
    }
}
