/**
 * Small programs that use pip as another application would: the default rules, an own rule
 * folder, a batch, and reading the reasons and evidence of a decision. Each has a {@code main}
 * and a {@code run} method that tests call; copy them as a starting point.
 */
package dev.pip.examples.embedding;
