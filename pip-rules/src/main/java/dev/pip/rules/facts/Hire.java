package dev.pip.rules.facts;

import java.time.LocalDate;

/**
 * The rep's hire date; inserted only when the document has one, so the ramp rule cannot apply
 * without it.
 *
 * @param date the hire date
 */
public record Hire(LocalDate date) {
}
