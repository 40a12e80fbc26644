/**
 * Plan documents and evaluations as JSON (specification, section 10): {@link dev.pip.core.json.PlanJson}
 * reads one document or a JSON Lines stream of many and writes them back, reporting every problem
 * of a bad document at once; {@link dev.pip.core.json.EvaluationJson} writes and reads evaluations.
 */
package dev.pip.core.json;
