/**
 * Rule test cases in a JUnit 5 test class: {@link dev.pip.testkit.RuleCaseTests} turns a folder of
 * case files into one dynamic test per case, against any engine.
 */
package dev.pip.testkit;
