/**
 * JMH benchmarks of the engine and, beside it, the plain-Java reference evaluator on the same
 * generated plans (4 behavioural targets, 12 weeks). Run by {@link dev.pip.examples.bench.BenchMain},
 * never by the tests; README's performance section has the command and the numbers.
 */
package dev.pip.examples.bench;
