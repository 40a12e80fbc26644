/**
 * Plan documents and evaluations as JSON: reading with every problem reported at once (each
 * with its JSON path), writing, and JSON Lines streams of many documents.
 */
package dev.pip.core.json;
