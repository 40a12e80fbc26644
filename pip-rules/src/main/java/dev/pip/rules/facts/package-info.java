/**
 * The facts the rule files see. Java inserts the plan's own data (the policy, the plan, its
 * targets, support commitments, recorded decisions and a {@link dev.pip.rules.facts.PlanWeeks}
 * that lays out a window's weeks when a rule opens one); the rules conclude everything else
 * (windows, week and target results, verdicts, rulings, decisions reached, reasons, findings).
 * Public for rule authors who write their own DRL; an application embedding the engine does not
 * need them. The whole list, with who inserts each fact, is in {@code pip-rules/docs/facts.md}.
 */
package dev.pip.rules.facts;
