/**
 * The PIP domain: plan documents (rep, diagnosis, targets, support, observations, policy)
 * and the results of evaluating them (recommendation, decision, timeline, reasons, findings).
 * Every type is an immutable record or enum, validated on construction; no type returns null.
 * What each decision means and when it is made is the specification, pip-core/docs/specification.md,
 * cited throughout as "specification, section N"; the JSON fields are in pip-core/docs/plan-document.md
 * and pip-core/docs/evaluation.md.
 */
package dev.pip.core;
