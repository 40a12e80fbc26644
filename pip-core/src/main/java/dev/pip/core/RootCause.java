package dev.pip.core;

/** Why a rep underperforms, as diagnosed before any plan (specification, section 1). */
public enum RootCause {
    /** The rep lacks a skill that training and a framework can build. */
    SKILL,
    /** The rep knows how but does not do enough of it. */
    EFFORT,
    /** The rep's behavioural profile does not fit the role. */
    WIRING,
    /** Territory, lead flow, product-market fit or a compensation change: not the rep. */
    ENVIRONMENT
}
