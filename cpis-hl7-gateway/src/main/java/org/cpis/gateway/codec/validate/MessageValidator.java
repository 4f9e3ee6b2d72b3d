package org.cpis.gateway.codec.validate;

import java.io.IOException;
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
    private final XmlLimits limits;

    public MessageValidator(XmlLimits limits) {
        this.limits = limits;
    }

    /** Registers the business rules of the messages with this root element (local name). */
    public MessageValidator withRules(String root, MessageRules rules) {
        rulesByRoot.put(root, rules);
        return this;
    }

    public ValidationReport validate(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > limits.maxBytes()) {
                return new ValidationReport(file.toString(), null, List.of(Problem.at(ProblemCode.UNSAFE,
                        "larger than " + limits.maxBytes() + " bytes", 0, 0, "")), true);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ValidationReport(file.toString(), null, List.of(Problem.at(ProblemCode.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), 0, 0, "")), true);
        }
        return validate(file.toString(), bytes);
    }

    public ValidationReport validate(String name, byte[] bytes) {
        WireDocument doc = reader.read(bytes, name, limits);
        String root = doc.root() == null ? null : doc.root().getLocalPart();
        List<Problem> problems = new ArrayList<>(doc.problems());
        boolean unreadable = problems.stream().anyMatch(p -> UNREADABLE.contains(p.code()));
        if (problems.isEmpty() && rulesByRoot.containsKey(root)) {
            try {
                problems.addAll(rulesByRoot.get(root).check(bytes, doc.tree()));
            } catch (DecodeException e) {
                problems.addAll(e.problems());
            }
        }
        return new ValidationReport(name, root, problems, unreadable);
    }
}
