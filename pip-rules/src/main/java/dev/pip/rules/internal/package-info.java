/**
 * Implementation of the engine: turning a plan into facts, compiling rule files, running a
 * session and assembling the evaluation. Not API: other modules must not use it.
 */
package dev.pip.rules.internal;
