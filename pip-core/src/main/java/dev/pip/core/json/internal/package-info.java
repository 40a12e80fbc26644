/**
 * How pip-core reads and writes JSON: a parser guarded by size and depth limits, a
 * path-tracking reader that collects every problem of a document before building any record,
 * and the writers. Not API: other modules must not use it.
 */
package dev.pip.core.json.internal;
