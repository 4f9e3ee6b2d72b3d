package org.cpis.gateway.codec;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Finds a message's root element and the local name of its first child from its first bytes, without making
 * a parser, so that the schema can be chosen before the one validating parse. It reads only the plain form
 * messages take - UTF-8, an optional XML declaration, the root's start tag, white space and ASCII comments,
 * the first child's start tag, names and attribute values in ASCII - and answers only when a parser would
 * have read that much without complaint and within the {@link XmlLimits}. For anything else (a DOCTYPE, a
 * reference, text, another encoding, a duplicate attribute, an unbound prefix...) it answers empty and the
 * caller asks the hardened StAX parser, whose answer (or error) stands.
 */
final class RootScan {

    /** What the scan found: the root element and its first child's local name. */
    record Found(QName root, String firstChild) {
    }

    private static final int WINDOW = 8192;
    private static final Set<String> RESERVED_URIS = Set.of(XMLConstants.XML_NS_URI, XMLConstants.XMLNS_ATTRIBUTE_NS_URI);

    private final byte[] bytes;
    private final int end;
    private final int maxAttributes;
    private int at;

    private RootScan(byte[] bytes, XmlLimits limits) {
        this.bytes = bytes;
        this.end = Math.min(bytes.length, WINDOW);
        this.maxAttributes = limits.maxAttributes();
    }

    static Optional<Found> scan(byte[] message, XmlLimits limits) {
        if (message.length > limits.maxBytes() || limits.maxDepth() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(new RootScan(message, limits).run());
    }

    private record Tag(String prefix, String local, Map<String, String> namespaces, boolean empty) {
    }

    private Found run() {
        if (at("\u00EF\u00BB\u00BF")) {
            at += 3; // UTF-8 byte order mark
        }
        if (at("<?xml") && !declaration()) {
            return null;
        }
        if (!spacesAndComments()) {
            return null;
        }
        Tag root = tag(Map.of());
        if (root == null || root.empty() || !spacesAndComments()) {
            return null;
        }
        Tag child = tag(root.namespaces());
        if (child == null) {
            return null;
        }
        String uri = root.namespaces().getOrDefault(root.prefix(), "");
        return new Found(new QName(uri, root.local(), root.prefix()), child.local());
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>}, in that order, nothing else. */
    private boolean declaration() {
        at += 5;
        String[] expected = {"version", "encoding", "standalone"};
        String[] found = new String[3];
        int next = 0;
        for (String n = spaces() ? name() : null; n != null; n = spaces() ? name() : null) {
            while (next < 3 && !expected[next].equals(n)) {
                next++;
            }
            if (next == 3 || (found[next] = equalsValue()) == null) {
                return false;
            }
            next++;
        }
        if (!at("?>")) {
            return false;
        }
        at += 2;
        return "1.0".equals(found[0]) && (found[1] == null || "UTF-8".equalsIgnoreCase(found[1]))
                && (found[2] == null || "yes".equals(found[2]) || "no".equals(found[2]));
    }

    /** A start tag with its namespace declarations in scope; null when unsure. */
    private Tag tag(Map<String, String> inScope) {
        if (!at("<")) {
            return null;
        }
        at++;
        String qName = name();
        if (qName == null) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        while (true) {
            boolean space = spaces();
            if (at(">") || at("/>")) {
                boolean empty = at("/>");
                at += empty ? 2 : 1;
                return named(qName, attributes, inScope, empty);
            }
            String name = space ? name() : null;
            String value = name == null ? null : equalsValue();
            if (value == null || attributes.put(name, value) != null || attributes.size() > maxAttributes) {
                return null;
            }
        }
    }

    private static Tag named(String qName, Map<String, String> attributes, Map<String, String> inScope, boolean empty) {
        Map<String, String> namespaces = new HashMap<>(inScope);
        Set<String> localNames = new HashSet<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String name = a.getKey();
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                String prefix = name.equals("xmlns") ? "" : name.substring(6);
                if (prefix.startsWith("xml") || RESERVED_URIS.contains(a.getValue())
                        || (!prefix.isEmpty() && a.getValue().isEmpty())) {
                    return null;
                }
                namespaces.put(prefix, a.getValue());
            } else if (!localNames.add(localPart(name))) {
                return null; // maybe the same attribute twice under two prefixes: let the parser say
            }
        }
        for (String name : attributes.keySet()) {
            String prefix = prefixOf(name);
            if (!prefix.isEmpty() && !prefix.equals("xmlns") && !prefix.equals("xml") && !namespaces.containsKey(prefix)) {
                return null;
            }
        }
        String prefix = prefixOf(qName);
        if (!prefix.isEmpty() && (prefix.startsWith("xml") || !namespaces.containsKey(prefix))) {
            return null;
        }
        return new Tag(prefix, localPart(qName), namespaces, empty);
    }

    /** {@code = "value"} or {@code = 'value'}, the value plain ASCII without markup or references; null when unsure. */
    private String equalsValue() {
        spaces();
        if (!at("=")) {
            return null;
        }
        at++;
        spaces();
        if (at >= end || (bytes[at] != '"' && bytes[at] != '\'')) {
            return null;
        }
        byte quote = bytes[at++];
        int start = at;
        while (at < end && bytes[at] != quote) {
            byte c = bytes[at++];
            if (c == '<' || c == '&' || c < 0x20 || c > 0x7e) { // bytes are signed: non-ASCII is negative
                return null;
            }
        }
        if (at >= end) {
            return null;
        }
        return new String(bytes, start, at++ - start, StandardCharsets.US_ASCII);
    }

    /** An ASCII name, {@code NCName} or {@code prefix:NCName}; null when unsure. */
    private String name() {
        int start = at;
        int colons = 0;
        boolean nameStart = true;
        while (at < end) {
            byte c = bytes[at];
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean other = (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (c == ':' && !nameStart) {
                colons++;
                nameStart = true;
            } else if (letter || (other && !nameStart)) {
                nameStart = false;
            } else {
                break;
            }
            at++;
        }
        if (at == start || nameStart || colons > 1) {
            at = start;
            return null;
        }
        return new String(bytes, start, at - start, StandardCharsets.US_ASCII);
    }

    /** Skips white space and comments; false when a comment is not plain ASCII or does not end well. */
    private boolean spacesAndComments() {
        spaces();
        while (at("<!--")) {
            at += 4;
            while (at < end && !at("--")) {
                byte c = bytes[at++];
                if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c > 0x7e) {
                    return false;
                }
            }
            if (!at("-->")) {
                return false;
            }
            at += 3;
            spaces();
        }
        return true;
    }

    /** Skips white space; true when there was some. */
    private boolean spaces() {
        int start = at;
        while (at < end && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == '\t')) {
            at++;
        }
        return at > start;
    }

    /** Whether the bytes at the cursor are these (ASCII, or Latin-1 for the byte order mark). */
    private boolean at(String s) {
        if (at + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (bytes[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String prefixOf(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? "" : qName.substring(0, colon);
    }

    private static String localPart(String qName) {
        return qName.substring(qName.indexOf(':') + 1);
    }
}
