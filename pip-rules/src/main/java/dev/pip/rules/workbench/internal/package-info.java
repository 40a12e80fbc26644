/**
 * Implementation of the workbench: reading rule files for their rules' places, counting
 * firings, reading and writing case files. Not an API: no other module imports it.
 */
package dev.pip.rules.workbench.internal;
