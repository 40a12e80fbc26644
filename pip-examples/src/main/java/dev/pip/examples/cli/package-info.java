/**
 * The {@code pip} command line ({@link dev.pip.examples.cli.PipCommand}): evaluate and check plan
 * documents, export and check rule folders, a demo over the bundled samples, and a benchmark of the
 * engine against the plain-Java reference. Each command is one picocli class; their shared
 * machinery lives in {@code internal}.
 */
package dev.pip.examples.cli;
