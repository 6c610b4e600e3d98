package org.dyad.spark;

import java.io.Serializable;

/**
 * What an executor needs to load the pipeline, shipped with every task (a {@code DyadConfig} holds
 * {@code Path}s, which do not serialise).
 *
 * @param dataDir      the third-party data folder as the executors see it: an absolute path on every
 *                     node (shared file system), or a name given to spark-submit's --archives/--files
 * @param knowledgeDir extra knowledge files, the same way, or null
 */
public record JobSettings(String dataDir, String knowledgeDir) implements Serializable {
}
