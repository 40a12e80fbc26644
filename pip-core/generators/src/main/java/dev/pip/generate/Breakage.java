package dev.pip.generate;

/**
 * One kind of validation problem that {@link InvalidDocuments} writes into an otherwise valid
 * plan document (issue 2's list of problems a reader must report with their JSON path).
 */
public enum Breakage {
    /** The text is cut short: not JSON any more (reported at {@code $}). */
    MALFORMED_JSON,
    /** A required field is absent: planId, rep.id, startDate, diagnosis.rootCause, a target's id, kind or direction. */
    MISSING_REQUIRED_FIELD,
    /** A field holds a value of the wrong JSON type (a string for a number, a number for a boolean...). */
    WRONG_TYPE,
    /** A field name that the contract does not know (a typo of a known one). */
    UNKNOWN_FIELD,
    /** An enum value not in the closed set (lower case, American spelling, made up). */
    UNKNOWN_ENUM_VALUE,
    /** A date that does not exist or is not ISO. */
    IMPOSSIBLE_DATE,
    /** A negative number where only zero or more is allowed. */
    NEGATIVE_NUMBER,
    /** Two targets (or a target and a tracked metric) with one id. */
    DUPLICATE_ID,
    /** An observation of a metric that is neither a target nor a tracked metric. */
    UNKNOWN_METRIC,
    /** An observation with both a week and a date. */
    WEEK_AND_DATE,
    /** An observation with neither a week nor a date. */
    NEITHER_WEEK_NOR_DATE,
    /** An observation, check-in or delivery for week 0 or below. */
    WEEK_BELOW_ONE,
    /** A dated observation before the plan's start date. */
    DATE_BEFORE_START,
    /** A second week-form observation of one metric for one week. */
    DUPLICATE_WEEK_VALUE,
    /** Support delivered of a kind the plan did not commit to. */
    UNCOMMITTED_SUPPORT,
    /** A share outside 0..1 (policy or diagnosis). */
    SHARE_OUT_OF_RANGE,
    /** A policy day count below 7, or a gate day after the end of the window. */
    DAYS_OUT_OF_RANGE,
    /** A recorded decision that is a state of the rules: HR_REVIEW, INSUFFICIENT_DATA, PENDING or NOT_ACTIVATABLE. */
    RECORD_NOT_A_PERSONS_DECISION,
    /** A recorded decision on day 0 or before. */
    RECORD_DAY_BELOW_ONE,
    /** A recorded decision on the day of the record before it, or earlier. */
    RECORD_DAYS_NOT_INCREASING,
    /**
     * Records in an order the specification rules out: REGRESSION or CLOSED first, CONTINUE not
     * first, PASS after PASS, CLOSED after EXTEND, anything after EXIT, REGRESSION or CLOSED.
     */
    RECORD_OUT_OF_ORDER,
    /** A recorded CONTINUE later than {@code windowDays - 7}: no week left to judge at the end. */
    RECORD_CONTINUE_TOO_LATE,
    /** A record's field of the wrong type, a record without its day or decision, or an unknown field in it. */
    RECORD_MALFORMED_FIELD
}
