/**
 * An example application: an HR service that evaluates plans with the bundled rules through the
 * public API alone, reading and writing JSON with its own {@code ObjectMapper}, on the runtime
 * jars only (no DRL compiler on its class path).
 */
package dev.pip.examples.hrservice;
