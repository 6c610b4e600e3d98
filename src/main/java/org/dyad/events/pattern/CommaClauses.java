package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * PETRARCH-1's comma-clause deletion: removes the complete phrases of short comma-delimited
 * clauses (initial, terminal, then internal ones) whose word counts fall in the configured
 * ranges, so that appositions and attributions ("..., a senior official said.") do not
 * interfere with the main clause.
 */
final class CommaClauses {
    private CommaClauses() {
    }

    static List<Item> delete(List<Item> in, CoderOptions o) {
        List<Item> list = new ArrayList<>(in);
        if (indexOfComma(list, 0) < 0) return list;
        if (o.commaBMax() != 0) {
            int c = indexOfComma(list, 0);
            int n = countWords(list, 1, c);
            if (n >= o.commaBMin() && n <= o.commaBMax()) removePhrases(list, 1, c);
        }
        if (o.commaEMax() != 0) {
            int end = findEnd(list);
            int c = lastCommaBefore(list, end);
            if (c >= 0) {
                int n = countWords(list, c, list.size());
                if (n >= o.commaEMin() && n <= o.commaEMax()) removePhrases(list, c + 3, end);
            }
        }
        boolean removedAny = false;
        if (o.commaMax() != 0) {
            int a = indexOfComma(list, 0);
            while (a >= 0) {
                int b = indexOfComma(list, a + 1);
                if (b < 0) break;
                int n = countWords(list, a + 2, b);
                if (n >= o.commaMin() && n <= o.commaMax()) {
                    removedAny = true;
                    int before = list.size();
                    removePhrases(list, a, b);
                    b -= before - list.size();
                }
                a = b;
            }
        }
        // a deleted clause leaves its closing comma as the last child of a phrase
        // ("Moscow, the Russian capital, condemned"): it no longer separates anything
        if (removedAny) {
            for (int i = list.size() - 4; i >= 1; i--) {
                if (isComma(list.get(i)) && list.get(i + 3).closes() && list.get(i + 3).kind == Item.Kind.CLOSE
                        && !list.get(i + 3).label.equals("ROOT") && !list.get(i - 1).opens()) {
                    removeComma(list, i);
                }
            }
        }
        // dangling initial or terminal comma
        int c = indexOfComma(list, 0);
        if (c >= 0 && countWords(list, 1, c) == 0) removeComma(list, c);
        int end = findEnd(list);
        c = lastCommaBefore(list, end);
        if (c >= 0 && countWords(list, c + 1, end) == 0) removeComma(list, c);
        return list;
    }

    private static boolean isComma(Item it) {
        return it.isOpen(",");
    }

    private static int indexOfComma(List<Item> l, int from) {
        for (int i = Math.max(0, from); i < l.size(); i++) if (isComma(l.get(i))) return i;
        return -1;
    }

    private static int lastCommaBefore(List<Item> l, int end) {
        for (int i = end - 1; i >= 1; i--) if (isComma(l.get(i))) return i;
        return -1;
    }

    /** Index of the opening bracket of the final punctuation (last item not a close, minus one). */
    private static int findEnd(List<Item> l) {
        int k = l.size() - 1;
        while (k >= 2 && l.get(k).closes()) k--;
        return k - 1;
    }

    private static int countWords(List<Item> l, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, l.size()); i++) {
            Item it = l.get(i);
            if (it.kind == Item.Kind.WORD && !it.text().isEmpty() && Character.isLetter(it.text().charAt(0))) n++;
        }
        return n;
    }

    private static void removeComma(List<Item> l, int c) {
        if (c + 2 < l.size() && l.get(c + 1).kind == Item.Kind.WORD && l.get(c + 2).closes()) {
            l.subList(c, c + 3).clear();
        }
    }

    /** Removes every complete phrase that lies inside [low, high). */
    private static void removePhrases(List<Item> l, int low, int high) {
        int k = high - 1;
        int depth = 0;
        while (k >= low) {
            Item it = l.get(k);
            if (it.closes()) {
                depth++;
            } else if (it.opens() && depth > 0) {
                depth--;
                int end = matchingClose(l, k);
                if (end >= 0 && end < high) {
                    l.subList(k, end + 1).clear();
                    high -= end + 1 - k;
                }
            }
            k--;
        }
    }

    static int matchingClose(List<Item> l, int open) {
        int depth = 0;
        for (int i = open; i < l.size(); i++) {
            Item it = l.get(i);
            if (it.opens()) depth++;
            else if (it.closes() && --depth == 0) return i;
        }
        return -1;
    }
}
