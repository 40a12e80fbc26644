package dev.pip.rules.facts;

/** Result: the plan checks found no ERROR, so the plan is active and may be decided. */
public record Active() {
}
