package org.dyad.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an input's bytes into text, whatever its encoding, and says what it did.
 *
 * <p>Order of evidence (why: scraped corpora mix re-encoded UTF-8 pages that still carry their old
 * meta charset with genuine legacy pages): a byte-order mark; valid UTF-8 (a legacy text is almost
 * never valid UTF-8 by chance once it has any byte above 127); UTF-8 with a few stray bad bytes
 * (they become U+FFFD, with a warning); for HTML, the charset its {@code <meta>} declares; Mozilla's
 * charset detector (juniversalchardet); windows-1252, which decodes every byte. Only input that
 * looks like real binary (many NUL or control bytes) is refused; a few NUL bytes in text are dropped
 * with a warning.
 */
public final class TextDecoder {
    /** Bytes looked at to tell binary from text. */
    private static final int SNIFF = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    /** Text and what was done to get it (empty when the bytes were clean UTF-8). */
    public record Decoded(String text, String charset, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The input is not text. */
    public static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    /** Decodes {@code bytes}; {@code html} lets a {@code <meta charset>} decide a non-UTF-8 page. */
    public Decoded decode(byte[] bytes, boolean html) throws NotText {
        List<String> warnings = new ArrayList<>();
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            int skip = bom.get() == StandardCharsets.UTF_8 ? 3 : 2;
            String s = new String(bytes, skip, bytes.length - skip, bom.get());
            return new Decoded(dropNuls(s, warnings), bom.get().name(), warnings);
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            warnings.add("decoded as " + utf16.get().name() + " (no byte-order mark; every other byte is NUL)");
            return new Decoded(dropNuls(new String(bytes, utf16.get()), warnings), utf16.get().name(), warnings);
        }
        refuseBinary(bytes);
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.bad == 0) return new Decoded(dropNuls(new String(bytes, StandardCharsets.UTF_8), warnings), "UTF-8", warnings);
        Charset declared = html ? metaCharset(bytes).orElse(null) : null;
        boolean declaredUtf8 = declared != null && declared.equals(StandardCharsets.UTF_8);
        // stray bad bytes in UTF-8 text: more valid multi-byte sequences than bad ones, or only a handful
        if (declaredUtf8 || scan.validMultiByte >= scan.bad || (declared == null && !looksLegacy(bytes))) {
            warnings.add(scan.bad + " invalid UTF-8 byte sequence" + (scan.bad == 1 ? "" : "s")
                    + " replaced by U+FFFD (first at byte " + scan.firstBad + ")");
            return new Decoded(dropNuls(replacing(bytes, StandardCharsets.UTF_8), warnings), "UTF-8", warnings);
        }
        Charset cs = declared;
        String how = "declared in the page's <meta>";
        if (cs == null) {
            cs = detected(bytes).orElse(null);
            how = "detected";
        }
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            cs = Charset.forName("windows-1252");
            how = "no charset detected; windows-1252 decodes every byte";
        }
        warnings.add("not UTF-8: decoded as " + cs.name() + " (" + how + ")");
        String text = replacing(bytes, cs);
        return new Decoded(dropNuls(text, warnings), cs.name(), warnings);
    }

    /**
     * Whether the bytes that are not UTF-8 read as a legacy 8-bit text: most of them are typographic
     * quotes or dashes (windows-1252 0x91-0x97) or accented letters (0xC0-0xFD) next to an ASCII
     * letter ("Montr\u00e9al"). Stray corruption (0xFF between spaces) is not.
     */
    static boolean looksLegacy(byte[] b) {
        int high = 0, plausible = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 0x80) continue;
            high++;
            boolean quote = c >= 0x91 && c <= 0x97;
            boolean letter = c >= 0xc0 && c <= 0xfd && c != 0xd7 && c != 0xf7
                    && ((i > 0 && isAsciiLetter(b[i - 1])) || (i + 1 < b.length && isAsciiLetter(b[i + 1])));
            if (quote || letter) plausible++;
        }
        return high > 0 && plausible * 2 > high;
    }

    private static boolean isAsciiLetter(byte x) {
        return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    /** How the bytes fare as UTF-8. */
    private record Utf8Scan(int bad, int validMultiByte, int firstBad) {
        static Utf8Scan of(byte[] b) {
            int bad = 0, multi = 0, first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                boolean ok = n > 0;
                if (ok) {
                    for (int k = 1; k <= n; k++) {
                        if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                            ok = false;
                            break;
                        }
                    }
                }
                if (ok && n == 2) {
                    int c1 = b[i + 1] & 0xff;
                    if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0)) ok = false; // overlong, surrogate
                }
                if (ok && n == 3) {
                    int c1 = b[i + 1] & 0xff;
                    if ((c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90)) ok = false;
                }
                if (ok) {
                    multi++;
                    i += n + 1;
                } else {
                    bad++;
                    if (first < 0) first = i;
                    i++;
                }
            }
            return new Utf8Scan(bad, multi, first);
        }
    }

    private static String replacing(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e); // cannot happen with REPLACE
        }
    }

    /** Many NUL or control bytes in the first 64 KB: an image, archive, PDF or executable, not text. */
    private static void refuseBinary(byte[] b) throws NotText {
        int n = Math.min(b.length, SNIFF), nul = 0, control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) nul++;
            else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) control++;
        }
        if (n == 0) return;
        if (nul * 100L > n || (nul + control) * 20L > n)
            throw new NotText("binary data, not text (" + nul + " NUL and " + control + " control bytes in the first "
                    + n + " bytes)");
        if (startsWith(b, "%PDF-") || startsWith(b, "PK\u0003\u0004") || startsWith(b, "\u0089PNG") || startsWith(b, "GIF8"))
            throw new NotText("binary data, not text (a PDF, ZIP or image file)");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }

    private static String dropNuls(String s, List<String> warnings) {
        if (s.indexOf('\0') < 0) return s;
        int n = 0;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') n++;
            else sb.append(c);
        }
        warnings.add(n + " NUL character" + (n == 1 ? "" : "s") + " dropped");
        return sb.toString();
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) return Optional.of(StandardCharsets.UTF_8);
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return Optional.of(StandardCharsets.UTF_16BE);
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    /** UTF-16 text without a BOM: one half of the bytes of mostly-Latin text is NUL. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 16) return Optional.empty();
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (evenNul * 10L >= pairs * 9L && oddNul * 10L < pairs) return Optional.of(StandardCharsets.UTF_16BE);
        if (oddNul * 10L >= pairs * 9L && evenNul * 10L < pairs) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    /** The charset an HTML page declares in its first 4 KB ({@code <meta charset>} or http-equiv). */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        return charset(m.group(1));
    }

    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        d.dataEnd();
        String name = d.getDetectedCharset();
        return name == null ? Optional.empty() : charset(name);
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // browsers read a page declared Latin-1 as windows-1252 (WHATWG Encoding): curly quotes survive
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
