/**
 * Implementation details of pip-core: argument checks and the tolerant-then-strict JSON
 * reader that collects every problem of a document. Not API: other modules must not use it.
 */
package dev.pip.core.internal;
