package dev.pip.core;

/** One target in one week of the weekly checkpoint (specification, section 4). */
public enum CheckpointStatus {
    /** The week's value meets the goal in force. */
    MET,
    /** The week's value misses the goal in force. */
    NOT_MET,
    /** No observation for that week. */
    NO_DATA
}
