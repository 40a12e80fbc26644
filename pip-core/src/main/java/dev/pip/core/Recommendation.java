package dev.pip.core;

/**
 * What the diagnosis calls for, before any plan (specification, section 1). Listed in precedence
 * order, highest first; only {@link #PIP} lets a plan become active.
 */
public enum Recommendation {
    /** The rep is still in ramp: support onboarding, not a PIP. */
    ONBOARDING_SUPPORT,
    /** Half the team or more misses the same standard: fix the system. */
    FIX_THE_SYSTEM,
    /** The root cause is the environment (territory, leads, product, comp). */
    FIX_ENVIRONMENT,
    /** The rep's profile does not fit the role: consider another role. */
    ROLE_CHANGE,
    /** The rep passed an earlier PIP and regressed: diagnose again, never a second PIP. */
    RE_DIAGNOSE,
    /** A consistent performer dropped suddenly: talk first. */
    DIRECT_CONVERSATION,
    /** Too early or no coaching tried yet: coach first. */
    COACH_FIRST,
    /** A skill or effort gap the rep controls: a PIP is the right tool. */
    PIP
}
