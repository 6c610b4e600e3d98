package org.dyad.annotate;

import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.logging.Logger;

/**
 * Smaller initial match states for CoreNLP's TokensRegex, the matcher SUTime's rules run on.
 *
 * <p>Why: a profile of {@code dyad bench} (JFR, issue 16) found SUTime allocating about 300 MB per
 * article, two thirds of all Dyad allocates, and most of it in one place: at every token where a
 * rule may start, TokensRegex makes a fresh {@code SequenceMatcher.BranchStates}, whose index of
 * match branches ({@code HashIndex}) is created for 512 entries, an {@code Object[512]} and (on
 * its first entry) a 1,024-slot hash table, about 7 KB. Almost every start fails at once with one
 * branch. Zeroing those arrays, and collecting them, was 8-10% of Dyad's CPU per article and the
 * main load on memory when two threads code at once.
 *
 * <p>CoreNLP has no setting for the size, so this class defines {@code BranchStates} itself from
 * CoreNLP's own class file with the one constant changed (512 to 16) before CoreNLP first loads it.
 * A {@code HashIndex} grows as entries are added, so matches are the same whatever its initial
 * size; only the allocation changes. The constant is replaced only where the class file holds
 * exactly the expected instruction sequence ({@code new HashIndex; dup; sipush 512;
 * invokespecial}); with another CoreNLP version, or once the class is loaded, nothing is changed
 * and CoreNLP's own class is used, with one log line.
 */
final class MatchStateSizing {
    private static final Logger LOG = Logger.getLogger(MatchStateSizing.class.getName());
    static final String CLASS_FILE = "edu/stanford/nlp/ling/tokensregex/SequenceMatcher$BranchStates.class";
    /** The branch index's initial capacity CoreNLP uses, and the one used instead (a power of two: no table resize before 12 branches). */
    static final int CORENLP_CAPACITY = 512, CAPACITY = 16;

    private static volatile boolean installed;

    private MatchStateSizing() {
    }

    /** Defines the resized class unless done already; returns whether Dyad's sizing is in force. */
    static synchronized boolean install() {
        if (installed) return true;
        try (InputStream in = SequenceMatcher.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
            if (in == null) return skip("its class file is not on the class path");
            byte[] patched = resized(in.readAllBytes());
            if (patched == null) return skip("its class file is not the one expected");
            MethodHandles.privateLookupIn(SequenceMatcher.class, MethodHandles.lookup()).defineClass(patched);
            installed = true;
            return true;
        } catch (LinkageError e) {
            return skip("CoreNLP has loaded it already");
        } catch (IOException | IllegalAccessException | RuntimeException e) {
            return skip(e.toString());
        }
    }

    private static boolean skip(String why) {
        LOG.info("TokensRegex match states keep CoreNLP's size (" + why + ")");
        return false;
    }

    /**
     * The class file with the branch index's capacity operand changed from 512 to {@link #CAPACITY},
     * or null unless {@code new #c; dup; sipush 512; invokespecial #m} occurs exactly once in it.
     */
    static byte[] resized(byte[] classFile) {
        int at = -1;
        for (int i = 0; i + 8 <= classFile.length; i++) {
            if ((classFile[i] & 0xFF) == 0xBB && (classFile[i + 3] & 0xFF) == 0x59 && (classFile[i + 4] & 0xFF) == 0x11
                    && operand(classFile, i + 5) == CORENLP_CAPACITY && (classFile[i + 7] & 0xFF) == 0xB7) {
                if (at >= 0) return null;
                at = i + 5;
            }
        }
        if (at < 0) return null;
        byte[] out = classFile.clone();
        out[at] = (byte) (CAPACITY >> 8);
        out[at + 1] = (byte) CAPACITY;
        return out;
    }

    private static int operand(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
