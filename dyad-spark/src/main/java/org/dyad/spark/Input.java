package org.dyad.spark;

import java.io.Serializable;

/**
 * One input before it is an article, as it travels from the reader to the executors.
 *
 * @param kind    {@link #FILE} (payload: the file's bytes), {@link #JSON} (payload: one JSON object line)
 * @param name    file name (the article's source and, for files, its id's stem)
 * @param where   where it came from, for messages ({@code name:line} for JSON Lines)
 * @param fallbackId the id when a JSON line has none ({@code <stem>-<line>}, as {@code dyad code} gives)
 */
public record Input(String kind, String name, String where, String fallbackId, byte[] bytes, String json) implements Serializable {
    public static final String FILE = "file", JSON = "json";

    public static Input file(String name, String where, byte[] bytes) {
        return new Input(FILE, name, where, null, bytes, null);
    }

    public static Input json(String name, String where, String fallbackId, String line) {
        return new Input(JSON, name, where, fallbackId, null, line);
    }
}
