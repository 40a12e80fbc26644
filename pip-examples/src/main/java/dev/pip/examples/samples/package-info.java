/**
 * The bundled sample plan documents: realistic sales stories, one JSON file each, that together
 * reach every recommendation and every decision. {@code pip demo} evaluates them; tests and
 * embedding examples read them through {@link dev.pip.examples.samples.SamplePlans}.
 */
package dev.pip.examples.samples;
