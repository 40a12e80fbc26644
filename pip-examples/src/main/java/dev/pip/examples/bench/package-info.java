/**
 * The quick, JMH-free comparison of the engine with the plain-Java reference evaluator behind
 * {@code pip bench} ({@link dev.pip.examples.bench.SideBySide}), and the generated plans every
 * benchmark works on ({@link dev.pip.examples.bench.Workload}). The JMH benchmarks live in the
 * module {@code pip-examples/benchmarks}, so that pip.jar ships no JMH.
 */
package dev.pip.examples.bench;
