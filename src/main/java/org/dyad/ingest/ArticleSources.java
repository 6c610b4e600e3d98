package org.dyad.ingest;

import org.dyad.config.Limits;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Reads the inputs named on the command line into {@link SourceItem}s, lazily: {@link #stream}
 * reads a file (or a JSON Lines line) only when the item is asked for, so a batch of any size
 * holds only the items being coded.
 *
 * <p>Accepted: {@code .txt} (plain text), {@code .html}/{@code .htm}, {@code .jsonl} (one article a
 * line, see {@link JsonLineReader}), folders of these (recursively, in name order), and {@code -}
 * for stdin (JSON Lines when it starts with "{", else one plain-text article). Bytes are decoded by
 * {@link TextDecoder}; at most {@link Limits#maxInputBytes()} bytes are read from one file or line.
 */
public final class ArticleSources {
    private final Limits limits;
    private final TextDecoder decoder = new TextDecoder();

    public ArticleSources() {
        this(Limits.defaults());
    }

    public ArticleSources(Limits limits) {
        this.limits = limits;
    }

    /** Expands the inputs into a list (reads everything: for small batches and tests). */
    public List<SourceItem> read(List<String> inputs, InputStream stdin) {
        List<SourceItem> out = new ArrayList<>();
        stream(inputs, stdin).forEachRemaining(out::add);
        return out;
    }

    /** The items in input order, folders sorted by name; each is read when {@code next()} reaches it. */
    public Iterator<SourceItem> stream(List<String> inputs, InputStream stdin) {
        Iterator<String> in = List.copyOf(inputs).iterator();
        return new Flat(new Iterator<>() {
            public boolean hasNext() { return in.hasNext(); }

            public Iterator<SourceItem> next() { return expand(in.next(), stdin); }
        });
    }

    private Iterator<SourceItem> expand(String in, InputStream stdin) {
        if (in.equals("-")) return readStdin(stdin);
        Path p = Path.of(in);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(p)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleSources::isArticleFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return List.<SourceItem>of(new SourceItem.Unreadable(stem(p), in, "cannot list folder: " + e.getMessage())).iterator();
            }
            Iterator<Path> f = files.iterator();
            return new Flat(new Iterator<>() {
                public boolean hasNext() { return f.hasNext(); }

                public Iterator<SourceItem> next() { return readFile(f.next()); }
            });
        }
        return readFile(p);
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
    }

    private Iterator<SourceItem> readFile(Path p) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isReadable(p) || Files.isDirectory(p))
            return one(new SourceItem.Unreadable(stem(p), name, "cannot read " + p + ": no such file or not readable"));
        if (lower.endsWith(".jsonl")) {
            try {
                return new JsonLineReader(new ByteLines(Files.newInputStream(p), limits.maxInputBytes()), stem(p), name, decoder);
            } catch (IOException e) {
                return one(new SourceItem.Unreadable(stem(p), name, "cannot read " + p + ": " + e.getMessage()));
            }
        }
        // one item, read when asked for: a folder of 10,000 pages is not read up front
        return new Iterator<>() {
            boolean done;

            public boolean hasNext() { return !done; }

            public SourceItem next() {
                if (done) throw new NoSuchElementException();
                done = true;
                try (InputStream in = Files.newInputStream(p)) {
                    boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
                    return article(in, stem(p), name, html, "cannot read " + p);
                } catch (IOException | RuntimeException e) {
                    return new SourceItem.Unreadable(stem(p), name, "cannot read " + p + ": " + e.getMessage());
                }
            }
        };
    }

    /** One whole-stream article, at most maxInputBytes of it. */
    private SourceItem article(InputStream in, String id, String source, boolean htmlByName, String what) throws IOException {
        long max = limits.maxInputBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max));
        List<String> warnings = new ArrayList<>();
        if (in.read() >= 0) {
            long more = 1;
            long skipped;
            while ((skipped = in.skip(1 << 20)) > 0) more += skipped;
            bytes = cutAtCharBoundary(bytes);
            warnings.add("input is " + (bytes.length + more) + " bytes; only the first " + bytes.length
                    + " were read (limit: --max-input-bytes " + max + ")");
        }
        if (bytes.length == 0) return new SourceItem.Unreadable(id, source, what + ": empty file");
        try {
            boolean htmlGuess = htmlByName || looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1));
            TextDecoder.Decoded d = decoder.decode(bytes, htmlGuess);
            warnings.addAll(d.warnings());
            boolean html = htmlByName || looksLikeHtml(d.text());
            return new SourceItem.Article(new org.dyad.article.RawArticle(id, source, d.text(), html, null, null, null), warnings);
        } catch (TextDecoder.NotText e) {
            return new SourceItem.Unreadable(id, source, what + ": " + e.getMessage());
        }
    }

    /**
     * One {@code .txt} or {@code .html} file's bytes as an article (id: the name's stem), decoded as
     * {@code dyad code} decodes files; not text is an Unreadable item. Public for readers of files
     * that are not on this machine (the dyad-spark job).
     *
     * @param name file name (the article's source), {@code where} the path for messages
     */
    public static SourceItem fileItem(String name, String where, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            return new ArticleSources().article(new java.io.ByteArrayInputStream(bytes), stem(Path.of(name)), name,
                    lower.endsWith(".html") || lower.endsWith(".htm"), "cannot read " + where);
        } catch (IOException e) {
            return new SourceItem.Unreadable(stem(Path.of(name)), name, "cannot read " + where + ": " + e.getMessage());
        }
    }

    /**
     * One JSONL line as an article, checked as {@code dyad code} checks it; a bad line is an
     * Unreadable item that keeps its line number as id. Public for the dyad-spark job.
     */
    public static SourceItem jsonItem(String line, String fallbackId, String where) {
        return JsonLineReader.parse(line, fallbackId, where, 0, List.of());
    }

    /** Drops a UTF-8 sequence the cut split, so the cut itself makes no bad byte. */
    static byte[] cutAtCharBoundary(byte[] b) {
        int start = b.length;
        while (start > 0 && b.length - start < 3 && (b[start - 1] & 0xc0) == 0x80) start--;
        if (start == 0) return b;
        int lead = b[start - 1] & 0xff;
        int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        int have = b.length - (start - 1);
        return need > have ? java.util.Arrays.copyOf(b, start - 1) : b;
    }

    private Iterator<SourceItem> readStdin(InputStream stdin) {
        BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
        try {
            in.mark(64 * 1024);
            int c;
            int seen = 0;
            do {
                c = in.read();
                seen++;
            } while (c >= 0 && Character.isWhitespace(c) && seen < 64 * 1024 - 1);
            in.reset();
            if (c == '{') return new JsonLineReader(new ByteLines(in, limits.maxInputBytes()), "stdin", "stdin", decoder);
            SourceItem item = article(in, "stdin", "stdin", false, "cannot read stdin");
            return one(item);
        } catch (IOException e) {
            return one(new SourceItem.Unreadable("stdin", "stdin", "cannot read stdin: " + e.getMessage()));
        }
    }

    static boolean looksLikeHtml(String s) {
        String head = s.substring(0, Math.min(s.length(), 2000)).stripLeading().toLowerCase(Locale.ROOT);
        head = head.substring(0, Math.min(head.length(), 500));
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<p>");
    }

    static String stem(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static Iterator<SourceItem> one(SourceItem item) {
        return Collections.singletonList(item).iterator();
    }

    /** Concatenates item iterators, opening each only when the previous one is exhausted. */
    private static final class Flat implements Iterator<SourceItem> {
        private final Iterator<Iterator<SourceItem>> outer;
        private Iterator<SourceItem> current = Collections.emptyIterator();

        Flat(Iterator<Iterator<SourceItem>> outer) {
            this.outer = outer;
        }

        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!outer.hasNext()) return false;
                current = outer.next();
            }
            return true;
        }

        public SourceItem next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next();
        }
    }
}
