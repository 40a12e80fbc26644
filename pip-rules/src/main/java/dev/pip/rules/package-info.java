/**
 * The engine: {@link dev.pip.rules.PipEngine} evaluates plan documents with the bundled rule
 * files or a folder of your own, and explains every decision. Build it once and share it
 * between threads.
 */
package dev.pip.rules;
