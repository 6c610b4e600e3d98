package org.dyad.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Copies of CoreNLP's fine-grained KBP gazetteers without their regular-expression lines.
 *
 * <p>Why: about 72% of default NER time goes to the ~1,200 regex lines (URLs, e-mails, handles),
 * which never name a political actor; without them NER output on news is the same at about twice
 * the speed (measured in NOTES.md). The copies are written once per machine to a cache folder.
 */
final class RegexFreeGazetteer {
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    private static final Pattern REGEX_META = Pattern.compile("[\\\\\\[\\]()*+?|^${}]");
    private static final String VERSION = "v1";

    private RegexFreeGazetteer() {
    }

    /** The {@code ner.fine.regexner.mapping} value pointing at the regex-free copies. */
    static String mapping(Path cacheDir) {
        Path caseless = ensure(cacheDir, CASELESS, "regexner_caseless." + VERSION + ".tab");
        Path cased = ensure(cacheDir, CASED, "regexner_cased." + VERSION + ".tab");
        return "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased;
    }

    private static synchronized Path ensure(Path dir, String resource, String name) {
        Path out = dir.resolve(name);
        if (Files.isRegularFile(out)) return out.toAbsolutePath();
        try (InputStream in = RegexFreeGazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("CoreNLP models jar is missing " + resource);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".part");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    String pattern = tab < 0 ? line : line.substring(0, tab);
                    if (!REGEX_META.matcher(pattern).find()) w.write(line + "\n");
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return out.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer cache in " + dir, e);
        }
    }
}
