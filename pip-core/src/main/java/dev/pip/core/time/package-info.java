/**
 * The time model of the specification, section 3 as small pure functions: plan days and dates, plan
 * weeks, the weeks a decision judges, the roll-up of observations into plan weeks and a
 * target's judged value. Nothing here reads the clock.
 */
package dev.pip.core.time;
