/**
 * The {@code pip} command line ({@link dev.pip.examples.cli.PipCommand}): evaluate and check plan
 * documents, export and check rule folders, and a demo over the bundled samples. Each command is
 * one picocli class; their shared machinery lives in {@code internal}.
 */
package dev.pip.examples.cli;
