/**
 * A reference evaluator: the specification's decisions transcribed into plain Java, without a rule
 * engine. It is a second opinion that property tests compare with the rule engine, and the
 * baseline of the performance benchmarks; it is not the product (the rules are).
 */
package dev.pip.examples.reference;
