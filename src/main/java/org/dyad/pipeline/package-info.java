/**
 * Wires the stages: {@link org.dyad.pipeline.ArticlePipeline#process} is the one method that lists
 * them in order, and {@link org.dyad.pipeline.BatchRunner} runs it over many articles in parallel,
 * sharing one loaded model set, so that one bad article never stops a batch.
 */
package org.dyad.pipeline;
