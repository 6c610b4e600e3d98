package org.dyad.cli;

import org.dyad.config.DyadConfig;
import org.dyad.knowledge.KnowledgeFiles;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by every command that codes articles. */
public final class CodingOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of third-party dictionaries (phoenix-cameo-dictionaries/, plover/). Default: $DYAD_DATA or ../shared/data.")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: number of cores).")
    Integer threads;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Folder of knowledge files that extend (or, with a first line '#replace', replace) the bundled ones "
                    + "of the same name (titles.tsv, office-holders.tsv, ...). Default: $DYAD_KNOWLEDGE.")
    Path knowledge;

    public DyadConfig config() {
        if (knowledge != null) KnowledgeFiles.useFolder(knowledge);
        DyadConfig d = DyadConfig.defaults();
        return new DyadConfig(data != null ? data : d.dataDir(), threads != null ? threads : d.threads());
    }
}
