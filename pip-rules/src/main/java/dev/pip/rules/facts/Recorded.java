package dev.pip.rules.facts;

import dev.pip.core.Decision;
import java.util.Optional;

/**
 * A decision people recorded in the plan, on or before as-of. It answers the decision point of
 * the window opened by the decision before it, on {@code previousDay}: the rules follow it as if
 * it were their own conclusion.
 *
 * @param day         the day it was decided on
 * @param decision    what was decided
 * @param previousDay the day of the record before it, 0 for the first record
 * @param by          who decided, when the record says
 */
public record Recorded(int day, Decision decision, int previousDay, Optional<String> by) {
}
