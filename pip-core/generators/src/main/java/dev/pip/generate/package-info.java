/**
 * Generated plan documents and a seeded property harness, for test suites (the artifact
 * {@code dev.pip:pip-generators}, in test scope). The generators take a
 * {@link java.util.random.RandomGenerator}, so that any property-testing library (or a plain
 * seeded loop) can use them: valid plans along every path of the specification
 * ({@link dev.pip.generate.PlanGenerator}), decisions of record derived from any evaluator's
 * timeline ({@link dev.pip.generate.DecisionRecords}), and invalid documents that each break one
 * known JSON path ({@link dev.pip.generate.InvalidDocuments}). {@link dev.pip.generate.Property}
 * runs an invariant on seeded values and reports a failure with the seed that reruns it;
 * {@link dev.pip.generate.RecordProperties} states the invariants of decisions of record for any
 * evaluator. Nothing here needs a test framework: failures are {@link java.lang.AssertionError}s.
 */
package dev.pip.generate;
