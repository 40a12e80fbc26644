/**
 * What the commands share: reading documents from files and folders, reporting problems one line
 * each, evaluating in order-keeping parallel chunks with a progress line, the text report of an
 * evaluation and the cached bundled engine. Not an API.
 */
package dev.pip.examples.cli.internal;
