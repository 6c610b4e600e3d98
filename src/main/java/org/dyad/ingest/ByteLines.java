package org.dyad.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, each cut at a maximum length, so one absurd line (a 50 MB JSON
 * record) cannot take the heap: the bytes past the limit are skipped, and the line says how long
 * it really was. Lines end at {@code \n}; a {@code \r} before it is dropped.
 */
final class ByteLines implements Closeable {
    /** One line: its 1-based number, its first bytes (at most the limit) and its full length. */
    record Line(int number, byte[] bytes, long length) {
        boolean cut() {
            return length > bytes.length;
        }
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos, end;
    private int number;
    private boolean eof;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.max = (int) Math.min(Integer.MAX_VALUE - 16, maxLineBytes);
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) return null;
        byte[] line = new byte[Math.min(max, 256)];
        int n = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    eof = true;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int i = pos;
            while (i < end && buf[i] != '\n') i++;
            int chunk = i - pos;
            int keep = (int) Math.max(0, Math.min(chunk, max - length));
            if (keep > 0) {
                if (n + keep > line.length) line = Arrays.copyOf(line, (int) Math.min(max, Math.max((long) line.length * 2, n + keep)));
                System.arraycopy(buf, pos, line, n, keep);
                n += keep;
            }
            length += chunk;
            pos = i;
            if (i < end) {
                pos++; // the newline
                break;
            }
        }
        if (n > 0 && n == length && line[n - 1] == '\r') {
            n--;
            length--;
        }
        number++;
        return new Line(number, Arrays.copyOf(line, n), length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
