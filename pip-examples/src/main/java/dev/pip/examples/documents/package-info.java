/**
 * Documents people read, made from plan documents and their evaluations: the plan to sign
 * ({@link dev.pip.examples.documents.Documents#planToSign}), the progress report with a chart per
 * target ({@link dev.pip.examples.documents.Documents#progressReport}) and the overview of many
 * plans ({@link dev.pip.examples.documents.Documents#overview}). Every page is one self-contained
 * HTML file: no script, no font and no request to any server.
 */
package dev.pip.examples.documents;
