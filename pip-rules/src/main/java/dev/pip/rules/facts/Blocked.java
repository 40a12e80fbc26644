package dev.pip.rules.facts;

/** Result: the plan checks found an ERROR, so the plan cannot be activated. */
public record Blocked() {
}
