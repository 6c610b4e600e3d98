package org.dyad.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one immutable configuration, validated once at start-up.
 *
 * @param dataDir  folder of third-party data ({@code phoenix-cameo-dictionaries/}, {@code plover/},
 *                 {@code petrarch-validation/}); from {@code --data}, {@code $DYAD_DATA}, the
 *                 {@code dyad.data} system property, or {@code ../shared/data}
 * @param threads  articles processed in parallel (sharing one loaded model set)
 */
public record DyadConfig(Path dataDir, int threads) {

    public static final String DATA_ENV = "DYAD_DATA";

    public DyadConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    }

    /** The data folder from the environment, system property or default. */
    public static Path defaultDataDir() {
        String env = System.getenv(DATA_ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("dyad.data");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return Path.of("..", "shared", "data");
    }

    public static DyadConfig defaults() {
        return new DyadConfig(defaultDataDir(), Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Path phoenixDir() {
        return dataDir.resolve("phoenix-cameo-dictionaries");
    }

    public Path ploverMapping() {
        return dataDir.resolve("plover").resolve("CAMEO2PLOVER-2021.txt");
    }

    public Path petrarchValidationDir() {
        return dataDir.resolve("petrarch-validation");
    }

    /** Fails with one clear message when a required data file is missing. */
    public DyadConfig validate() {
        for (Path p : new Path[]{phoenixDir().resolve("CAMEO.2.0.txt"), ploverMapping()}) {
            if (!Files.isReadable(p))
                throw new IllegalStateException("missing dictionary " + p.toAbsolutePath().normalize()
                        + " (set --data or $" + DATA_ENV + " to the folder holding phoenix-cameo-dictionaries/ and plover/)");
        }
        return this;
    }
}
