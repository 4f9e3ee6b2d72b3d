package org.cpis.gateway.codec.validate;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Validates any CP-IS message for integrators: detects the message by its root element, checks it against our
 * schemas, then against the business rules of that message (NHS number check digits, real dates, plan dates in
 * order, counts and totals, contentIds, code systems...). The library call behind {@code cpis validate}.
 * Thread-safe.
 */
public final class MessageValidator {

    /** Problems that mean the file itself could not be read, rather than a message with faults. */
    private static final Set<String> UNREADABLE = Set.of(ProblemCode.UNREADABLE.code(), ProblemCode.UNSAFE.code());

    private final WireReader reader = new WireReader();
    private final Map<String, MessageRules> rulesByRoot = new HashMap<>();
    private final Map<String, StreamRules> streamingByRoot = new HashMap<>();
    private final XmlLimits limits;

    public MessageValidator(XmlLimits limits) {
        this.limits = limits;
    }

    /** Registers the business rules of the messages with this root element (local name). */
    public MessageValidator withRules(String root, MessageRules rules) {
        rulesByRoot.put(root, rules);
        return this;
    }

    /**
     * Registers rules that read a message of this root as a stream, checking it piece by piece: used for files
     * larger than the limit (an LA upload may carry hundreds of thousands of records).
     */
    public MessageValidator withStreamingRules(String root, StreamRules rules) {
        streamingByRoot.put(root, rules);
        return this;
    }

    /** Rules that read a whole message as a stream, schema checks included. */
    @FunctionalInterface
    public interface StreamRules {
        List<Problem> check(InputStream message);
    }

    public ValidationReport validate(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > limits.maxBytes()) {
                return validateLarge(file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ValidationReport(file.toString(), null, List.of(Problem.at(ProblemCode.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), 0, 0, "")), true);
        }
        return validate(file.toString(), bytes);
    }

    private ValidationReport validateLarge(Path file) throws IOException {
        String root = rootOf(file);
        StreamRules rules = streamingByRoot.get(root);
        if (rules == null) {
            return new ValidationReport(file.toString(), root, List.of(Problem.at(ProblemCode.UNSAFE,
                    "larger than " + limits.maxBytes() + " bytes", 0, 0, "")), true);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            List<Problem> problems = rules.check(in);
            boolean unreadable = problems.stream().anyMatch(p -> UNREADABLE.contains(p.code()));
            return new ValidationReport(file.toString(), root, problems, unreadable);
        }
    }

    private static String rootOf(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = SecureXml.streamReader(in, XmlLimits.UPLOAD_FILE);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return r.getLocalName();
                }
            }
            return null;
        } catch (XMLStreamException | UnsafeXmlException e) {
            return null;
        }
    }

    public ValidationReport validate(String name, byte[] bytes) {
        WireDocument doc = reader.read(bytes, name, limits);
        String root = doc.root() == null ? null : doc.root().getLocalPart();
        List<Problem> problems = new ArrayList<>(doc.problems());
        boolean unreadable = problems.stream().anyMatch(p -> UNREADABLE.contains(p.code()));
        if (problems.isEmpty() && !rulesByRoot.containsKey(root) && streamingByRoot.containsKey(root)) {
            problems.addAll(streamingByRoot.get(root).check(new ByteArrayInputStream(bytes)));
        } else if (problems.isEmpty() && rulesByRoot.containsKey(root)) {
            try {
                problems.addAll(rulesByRoot.get(root).check(bytes, doc.tree()));
            } catch (DecodeException e) {
                problems.addAll(e.problems());
            }
        }
        return new ValidationReport(name, root, problems, unreadable);
    }
}
