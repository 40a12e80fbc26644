/**
 * JMH benchmarks of the engine and, method for method, the plain-Java reference evaluator on
 * the same generated plans (4 behavioural targets, 12 weeks). They never run in the tests: run
 * {@code mvn -Pbench -pl pip-examples -am package -DskipTests} or
 * {@code java -cp pip-examples/target/pip.jar dev.pip.examples.bench.BenchMain -f 1 -wi 3 -i 5},
 * which ends with plans per second and the engine/reference ratio of each pair. {@link
 * dev.pip.examples.bench.SideBySide} is the quick, JMH-free comparison behind {@code pip bench}.
 */
package dev.pip.examples.bench;
