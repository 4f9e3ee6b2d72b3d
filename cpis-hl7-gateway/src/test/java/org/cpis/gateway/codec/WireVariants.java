package org.cpis.gateway.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded rewrites of a message's text, for the tests that hold the fast and the reference decoders to the same
 * answers: forms a sender may use that mean the same message (no indentation, comments, an {@code hl7:} prefix
 * instead of the default namespace, single quotes, character references, CDATA, tabs and spaces inside names,
 * name parts in another order) and faults (text where none may be, an unknown element or attribute, a broken
 * tag, a truncated file, a DOCTYPE). Each rewrite names itself, so that a failing seed says what it did.
 */
public final class WireVariants {

    private static final Pattern TEXT = Pattern.compile(">([^<>]*[A-Za-z][^<>]*)</");
    private static final Pattern TAG = Pattern.compile("<(/?)(?![?!])(?!npfitlc:)([A-Za-z_][\\w.\\-]*)");
    private static final Pattern START_TAG = Pattern.compile("<(?![?!/])[A-Za-z_][\\w.:\\-]*");
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s*<(?![?!])");

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    public WireVariants(Random random) {
        this.random = random;
    }

    /** What has been done so far, for the assertion's message. */
    public List<String> applied() {
        return applied;
    }

    /** One to three of the rewrites that keep the message's meaning. */
    public String sameMeaning(String wire) {
        String w = wire;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            w = switch (random.nextInt(8)) {
                case 0 -> note("compact", w.replaceAll(">\\s+<", "><"));
                case 1 -> note("comments", comments(w));
                case 2 -> note("hl7 prefix", prefixed(w));
                case 3 -> note("single quotes", w.replaceAll("=\"([^\"']*)\"", "='$1'"));
                case 4 -> note("character references", characterReferences(w));
                case 5 -> note("CDATA", cdata(w));
                case 6 -> note("tabs in names", w.replaceAll("(<(?:\\w+:)?(?:given|family)>[^<\\s]+) ([^<\\s]+<)", "$1 \t  $2"));
                default -> note("family first", w.replaceAll(
                        "(<(?:\\w+:)?given>[^<]*</(?:\\w+:)?given>)(\\s*)(<(?:\\w+:)?family>[^<]*</(?:\\w+:)?family>)", "$3$2$1"));
            };
        }
        return w;
    }

    /** One fault the XML or the schema refuses. */
    public String xmlFault(String wire) {
        return switch (random.nextInt(6)) {
            case 0 -> note("truncated", wire.substring(0, wire.length() / 2 + random.nextInt(wire.length() / 2)));
            case 1 -> note("DOCTYPE", wire.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1<!DOCTYPE x [<!ENTITY e \"e\">]>"));
            case 2 -> note("unknown element", nth(wire, BETWEEN_TAGS, m -> "><unexpected/><"));
            case 3 -> note("unknown attribute", nth(wire, START_TAG, m -> m.group() + " unexpected=\"1\""));
            case 4 -> note("text between elements", nth(wire, BETWEEN_TAGS, m -> ">stray text<"));
            default -> note("broken tag", nth(wire, BETWEEN_TAGS, m -> "><<"));
        };
    }

    /** Replaces the {@code n}-th occurrence of {@code from} (a plain string), or returns the text as it was. */
    public static String replaceNth(String text, String from, String to, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(from, at + 1);
            if (at < 0) {
                return text;
            }
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** How often a plain string occurs. */
    public static int count(String text, String of) {
        int n = 0;
        for (int at = text.indexOf(of); at >= 0; at = text.indexOf(of, at + 1)) {
            n++;
        }
        return n;
    }

    public String note(String what, String result) {
        applied.add(what);
        return result;
    }

    private String comments(String w) {
        return nth(w, BETWEEN_TAGS, m -> "><!-- a comment --><") + "";
    }

    /** Every HL7 element with the {@code hl7:} prefix, the HL7 namespace declared for it instead of as default. */
    private static String prefixed(String w) {
        if (w.contains("xmlns:hl7=")) {
            return w;
        }
        Matcher m = TAG.matcher(w.replace(" xmlns=\"urn:hl7-org:v3\"", " xmlns:hl7=\"urn:hl7-org:v3\"")
                .replace(" xmlns='urn:hl7-org:v3'", " xmlns:hl7='urn:hl7-org:v3'"));
        return m.replaceAll(r -> "<" + r.group(1) + (r.group(2).contains(":") ? "" : "hl7:") + r.group(2));
    }

    private String characterReferences(String w) {
        return nth(w, TEXT, m -> {
            String text = m.group(1);
            if (text.indexOf('&') >= 0 || text.contains("CDATA")) {
                return m.group(); // already rewritten once
            }
            int k = random.nextInt(text.length());
            char c = text.charAt(k);
            return ">" + text.substring(0, k) + "&#" + (int) c + ";" + text.substring(k + 1) + "</";
        });
    }

    private String cdata(String w) {
        return nth(w, TEXT, m -> m.group(1).indexOf('&') >= 0 || m.group(1).contains("CDATA") ? m.group()
                : "><![CDATA[" + m.group(1) + "]]></");
    }

    /** Rewrites one match, chosen at random, of a pattern. */
    private String nth(String w, Pattern pattern, java.util.function.Function<Matcher, String> rewrite) {
        Matcher m = pattern.matcher(w);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return w;
        }
        int[] pick = found.get(random.nextInt(found.size()));
        m = pattern.matcher(w);
        m.find(pick[0]);
        return w.substring(0, pick[0]) + rewrite.apply(m) + w.substring(pick[1]);
    }
}
