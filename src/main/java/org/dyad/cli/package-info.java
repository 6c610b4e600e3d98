/** Thin picocli commands: parse options, call the pipeline, store or queries, print. No logic of their own. */
package org.dyad.cli;
