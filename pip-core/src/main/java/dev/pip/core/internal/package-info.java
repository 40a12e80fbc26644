/**
 * Implementation details of pip-core: the argument checks of the value types' compact
 * constructors. Not API: other modules must not use it.
 */
package dev.pip.core.internal;
