/**
 * Generators of plan documents for property-based tests, driven by a
 * {@link java.util.random.RandomGenerator} so that any property-testing library (or a plain
 * seeded loop) can use them: valid plans along every path of the specification, decisions of
 * record derived from any evaluator's timeline, and invalid documents that each break one known
 * JSON path.
 */
package dev.pip.generate;
