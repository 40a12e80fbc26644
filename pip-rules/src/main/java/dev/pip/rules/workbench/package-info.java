/**
 * The rule author's workbench: test cases for a rule folder ({@link dev.pip.rules.workbench.RuleTests}),
 * rule coverage ({@link dev.pip.rules.workbench.Coverage}), the impact of a change over many plans
 * ({@link dev.pip.rules.workbench.RuleDiff}) and why a decision was or was not reached
 * ({@link dev.pip.rules.workbench.Explainer}). Everything the {@code pip rules} commands do, as Java.
 */
package dev.pip.rules.workbench;
