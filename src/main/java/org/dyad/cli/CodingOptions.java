package org.dyad.cli;

import org.dyad.config.DyadConfig;
import org.dyad.config.Limits;
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

    @Option(names = "--max-input-bytes", paramLabel = "BYTES",
            description = "Bytes read from one file or JSON Lines line (default: ${DEFAULT-VALUE}); a longer file is coded from "
                    + "its first BYTES and flagged in its \"warnings\"; a longer JSON line is an error line.")
    long maxInputBytes = Limits.DEFAULT_MAX_INPUT_BYTES;

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Characters of article text coded (default: ${DEFAULT-VALUE}); a longer text is coded up to N "
                    + "(cut at a line or sentence end) and flagged in its \"warnings\".")
    int maxArticleChars = Limits.DEFAULT_MAX_ARTICLE_CHARS;

    @Option(names = "--max-token-chars", paramLabel = "N",
            description = "Characters of one token (a run without spaces; default: ${DEFAULT-VALUE}); longer runs are cut to N and flagged.")
    int maxTokenChars = Limits.DEFAULT_MAX_TOKEN_CHARS;

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "Wall time for coding one article (default: ${DEFAULT-VALUE}); past it the article gets an error "
                    + "line naming the budget and the batch goes on.")
    double timeBudgetSeconds = Limits.DEFAULT_TIME_BUDGET.toSeconds();

    /** The per-article limits from the options (README "Limits"). */
    public Limits limits() {
        if (timeBudgetSeconds <= 0) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--time-budget must be > 0");
        return new Limits(maxInputBytes, maxArticleChars, maxTokenChars, java.time.Duration.ofMillis(Math.round(timeBudgetSeconds * 1000)));
    }

    public DyadConfig config() {
        if (knowledge != null) KnowledgeFiles.useFolder(knowledge);
        DyadConfig d = DyadConfig.defaults();
        return new DyadConfig(data != null ? data : d.dataDir(), threads != null ? threads : d.threads());
    }
}
