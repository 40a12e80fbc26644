/**
 * The facts the rule files see: what Java prepares from a plan document (targets, judged
 * windows with pre-aggregated weekly values, support and check-in tallies) and what the rules
 * insert as results (recommendation candidates, verdicts, decisions, reasons). Public for rule
 * authors who write their own DRL; a Java application embedding the engine does not need them.
 */
package dev.pip.rules.facts;
