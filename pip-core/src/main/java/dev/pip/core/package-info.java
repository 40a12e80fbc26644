/**
 * The PIP domain: plan documents (rep, diagnosis, targets, support, observations, policy)
 * and the results of evaluating them (recommendation, decision, timeline, reasons, findings).
 * Every type is an immutable record or enum, validated on construction; no type returns null.
 */
package dev.pip.core;
