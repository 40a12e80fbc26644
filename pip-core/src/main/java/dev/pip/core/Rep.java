package dev.pip.core;

import dev.pip.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sales rep on the plan. The name is personal data: it is never logged above DEBUG.
 *
 * @param id       the rep's identifier, required
 * @param name     the rep's name, optional
 * @param hireDate the hire date (in the years 1900..2999); without it the ramp rule does not apply
 * @param team     the rep's team, optional
 */
public record Rep(String id, Optional<String> name, Optional<LocalDate> hireDate, Optional<String> team) {
    /** Validates every field. */
    public Rep {
        Require.text(id, "rep.id");
        Require.optional(name, "rep.name");
        Require.optional(hireDate, "rep.hireDate").ifPresent(d -> Require.date(d, "rep.hireDate"));
        Require.optional(team, "rep.team");
    }

    /** A rep known only by id. */
    public static Rep of(String id) {
        return new Rep(id, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
