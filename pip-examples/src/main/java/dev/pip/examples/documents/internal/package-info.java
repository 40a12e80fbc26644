/**
 * How the documents are made: view records filled from a plan and its evaluation, SVG chart
 * geometry, and the Mustache templates that lay them out (which escape every value).
 */
package dev.pip.examples.documents.internal;
