/**
 * JMH benchmarks of the engine and, method for method, the plain-Java reference evaluator on
 * the same generated plans (4 behavioural targets, 12 weeks). They never run in the tests: run
 * {@code mvn -Pbench -pl pip-examples/benchmarks -am package -DskipTests} (JMH's options in
 * {@code -Djmh.args="-f 1 -wi 3 -i 5 EngineBenchmarks"}), which ends with plans per second and
 * the engine/reference ratio of each pair. A module of its own so that pip.jar ships no JMH;
 * {@code pip bench} is the quick comparison without it.
 */
package dev.pip.examples.benchmarks;
