package org.cpis.gateway.codec;

import java.util.Arrays;

/**
 * The steps from a part's top element down to the current element, each with its position among its parent's
 * children of that name, so that a problem can say where it is: {@code /File/record[3]/CP-ISRecord/subject}
 * (the index is shown from the second sibling of a name on). Kept in arrays reused from one element to the
 * next, and turned into a path only when a problem asks for one: most documents have no problem. Not
 * thread-safe.
 */
public final class ElementSteps {

    private String[] names = new String[16];
    private int[] positions = new int[16];
    /** Per depth, the names of the children seen so far at that depth and how many of each. */
    private String[][] childNames = new String[17][];
    private int[][] childCounts = new int[17][];
    private int[] childKinds = new int[17];
    private int depth;

    /** Forgets every step: a new part begins. */
    public void clear() {
        depth = 0;
        childKinds[0] = 0;
    }

    /** An element starts below the current one. */
    public void push(String name) {
        if (depth == names.length) {
            grow();
        }
        names[depth] = name;
        positions[depth] = count(depth, name);
        depth++;
        childKinds[depth] = 0;
    }

    /** The current element ends. */
    public void pop() {
        if (depth > 0) {
            depth--;
        }
    }

    /** The path of the current element after {@code base} (e.g. {@code /File/record[3]}, or "" for the root). */
    public String path(String base) {
        if (depth == 0) {
            return base.isEmpty() ? "/" : base;
        }
        StringBuilder path = new StringBuilder(base.length() + depth * 16).append(base);
        for (int i = 0; i < depth; i++) {
            path.append('/').append(names[i]);
            if (positions[i] > 1) {
                path.append('[').append(positions[i]).append(']');
            }
        }
        return path.toString();
    }

    /** Counts one more child of that name at a depth: its position among its siblings of that name. */
    private int count(int level, String name) {
        String[] seen = childNames[level];
        int kinds = childKinds[level];
        for (int i = 0; i < kinds; i++) {
            if (seen[i] == name || seen[i].equals(name)) {
                return ++childCounts[level][i];
            }
        }
        if (seen == null || kinds == seen.length) {
            int size = seen == null ? 8 : kinds * 2;
            childNames[level] = seen = seen == null ? new String[size] : Arrays.copyOf(seen, size);
            childCounts[level] = childCounts[level] == null ? new int[size] : Arrays.copyOf(childCounts[level], size);
        }
        seen[kinds] = name;
        childCounts[level][kinds] = 1;
        childKinds[level] = kinds + 1;
        return 1;
    }

    private void grow() {
        int size = names.length * 2;
        names = Arrays.copyOf(names, size);
        positions = Arrays.copyOf(positions, size);
        childNames = Arrays.copyOf(childNames, size + 1);
        childCounts = Arrays.copyOf(childCounts, size + 1);
        childKinds = Arrays.copyOf(childKinds, size + 1);
    }
}
