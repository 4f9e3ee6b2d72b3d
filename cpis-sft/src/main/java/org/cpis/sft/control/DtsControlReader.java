package org.cpis.sft.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.MessageType;
import org.cpis.sft.control.ControlValues.Spelled;
import org.cpis.sft.control.ControlValues.Status;

/**
 * Reads a control file ({@code DTSControl}) through the hardened XML reader of CP-IS: no DOCTYPE, no entities, at
 * most 64 KiB and 8 levels deep. Each problem is a {@link ControlFileException} naming its code and the element.
 * Elements the digest does not name are passed over (a newer MESH client may write more), but a required element
 * that is missing is reported with the near-miss found instead, e.g. {@code WorkflowID} for {@code WorkflowId}.
 * Thread-safe.
 */
public final class DtsControlReader {

    /** The bounds a control file is read within: far above any real one (a few hundred bytes, depth 3). */
    public static final XmlLimits LIMITS = new XmlLimits(64 * 1024, 8, 8);

    static final String ROOT = "DTSControl";
    static final String STATUS_RECORD = "StatusRecord";
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> STATUS_CHILDREN = Set.of("DateTime", "Event", "Status", "StatusCode",
            "Description");

    /** Reads the control file at {@code file}. */
    public DtsControl read(Path file) throws ControlFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ControlFileException(ControlFileProblem.UNREADABLE, null, e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads a control file from {@code in} (not closed). */
    public DtsControl read(InputStream in) throws ControlFileException {
        Elements elements = new Elements();
        try {
            XMLStreamReader xml = SecureXml.streamReader(in, LIMITS);
            try {
                readRoot(xml, elements);
            } finally {
                xml.close();
            }
        } catch (UnsafeXmlException e) {
            throw refused(e);
        } catch (XMLStreamException e) {
            UnsafeXmlException unsafe = unsafeCause(e);
            if (unsafe != null) {
                throw refused(unsafe);
            }
            throw new ControlFileException(ControlFileProblem.NOT_XML, null, where(e.getLocation())
                    + plain(e.getMessage()), e);
        }
        return elements.toControl();
    }

    private static void readRoot(XMLStreamReader xml, Elements elements)
            throws XMLStreamException, ControlFileException {
        int event = nextMeaningful(xml);
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw new ControlFileException(ControlFileProblem.NOT_DTS_CONTROL, null, "the file has no root element");
        }
        String namespace = xml.getNamespaceURI();
        if (!ROOT.equals(xml.getLocalName()) || (namespace != null && !namespace.isEmpty())) {
            throw new ControlFileException(ControlFileProblem.NOT_DTS_CONTROL, null, "the root element is "
                    + xml.getName() + ", not " + ROOT);
        }
        while (true) {
            event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (STATUS_RECORD.equals(name)) {
                        elements.statusRecord(readStatusRecord(xml));
                    } else {
                        elements.put(name, readText(xml, name));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> textOutsideElements(xml, ROOT);
                case XMLStreamConstants.END_ELEMENT -> {
                    while (xml.hasNext()) {
                        xml.next(); // anything after the root must still be well-formed
                    }
                    return;
                }
                default -> {
                    // comments, processing instructions, white space
                }
            }
        }
    }

    private static Map<String, String> readStatusRecord(XMLStreamReader xml)
            throws XMLStreamException, ControlFileException {
        Map<String, String> children = new LinkedHashMap<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    String path = STATUS_RECORD + "/" + name;
                    String text = readText(xml, path);
                    if (STATUS_CHILDREN.contains(name) && children.putIfAbsent(name, text) != null) {
                        throw new ControlFileException(ControlFileProblem.REPEATED, path, "appears more than once");
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        textOutsideElements(xml, STATUS_RECORD);
                case XMLStreamConstants.END_ELEMENT -> {
                    return children;
                }
                default -> {
                }
            }
        }
    }

    /** The text of a simple element, stripped; null when empty. */
    private static String readText(XMLStreamReader xml, String path) throws XMLStreamException, ControlFileException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> throw new ControlFileException(ControlFileProblem.NOT_TEXT,
                        path, "holds an element <" + xml.getLocalName() + "> where its value belongs");
                case XMLStreamConstants.END_ELEMENT -> {
                    String value = text.toString().strip();
                    return value.isEmpty() ? null : value;
                }
                default -> {
                }
            }
        }
    }

    private static void textOutsideElements(XMLStreamReader xml, String parent) throws ControlFileException {
        if (!xml.isWhiteSpace()) {
            throw new ControlFileException(ControlFileProblem.NOT_TEXT, parent, "holds text outside its elements: '"
                    + abbreviate(xml.getText().strip()) + "'");
        }
    }

    private static int nextMeaningful(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT) {
            event = xml.next();
        }
        return event;
    }

    private static ControlFileException refused(UnsafeXmlException e) {
        return new ControlFileException(ControlFileProblem.REFUSED, null, e.getMessage(), e);
    }

    private static UnsafeXmlException unsafeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsafeXmlException unsafe) {
                return unsafe;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof UnsafeXmlException unsafe) {
                return unsafe;
            }
        }
        return null;
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 1 ? ""
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    /** The parser's message without its own location prefix ("ParseError at [row,col]:[1,2]\nMessage: ..."). */
    private static String plain(String message) {
        if (message == null) {
            return "not well-formed";
        }
        int at = message.lastIndexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    /** At most 40 characters of a value, control characters shown as '?', for an error message. */
    private static String abbreviate(String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The values read so far, checked and turned into a {@link DtsControl} at the end. */
    private static final class Elements {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<String> unknown = new LinkedHashSet<>();
        private Map<String, String> statusRecord;
        private boolean statusRecordSeen;

        private static final Set<String> KNOWN = Set.of("Version", "AddressType", "MessageType", "WorkflowId",
                "From_DTS", "To_DTS", "From_ESMTP", "To_ESMTP", "Subject", "LocalId", "DTSId", "PartnerId",
                "Compress", "Encrypted", "AllowChunking", "ProcessId", "DataChecksum", "IsCompressed");

        void put(String name, String value) throws ControlFileException {
            String element = "DataCheckSum".equals(name) ? "DataChecksum" : name; // ciao's spelling
            if (!KNOWN.contains(element)) {
                unknown.add(name);
                return;
            }
            if (values.containsKey(element)) {
                throw new ControlFileException(ControlFileProblem.REPEATED, element, "appears more than once");
            }
            values.put(element, value);
        }

        void statusRecord(Map<String, String> children) throws ControlFileException {
            if (statusRecordSeen) {
                throw new ControlFileException(ControlFileProblem.REPEATED, STATUS_RECORD, "appears more than once");
            }
            statusRecordSeen = true;
            statusRecord = children;
        }

        DtsControl toControl() throws ControlFileException {
            String version = required("Version");
            if (!ControlValues.VERSION.equals(version)) {
                throw new ControlFileException(ControlFileProblem.NOT_ALLOWED, "Version", "'" + version
                        + "' is not allowed; use " + ControlValues.VERSION);
            }
            MessageType messageType = oneOf("MessageType", MessageType.class, required("MessageType"));
            AddressType addressType = values.get("AddressType") == null ? null
                    : oneOf("AddressType", AddressType.class, values.get("AddressType"));
            StatusRecord status = statusRecord == null ? null : status(statusRecord);
            String missing = DtsControl.missingFor(messageType, values.get("WorkflowId"), values.get("From_DTS"),
                    values.get("To_DTS"), status);
            if (missing != null) {
                throw missing(missing, "a " + messageType.xml() + " control file names its " + missing);
            }
            return new DtsControl(version, addressType, messageType,
                    text(TextRule.WORKFLOW_ID), text(TextRule.FROM_DTS), text(TextRule.TO_DTS),
                    text(TextRule.FROM_ESMTP), text(TextRule.TO_ESMTP), text(TextRule.SUBJECT),
                    text(TextRule.LOCAL_ID), text(TextRule.DTS_ID), text(TextRule.PARTNER_ID),
                    yesNo("Compress"), yesNo("Encrypted"), yesNo("AllowChunking"),
                    text(TextRule.PROCESS_ID), text(TextRule.DATA_CHECKSUM), yesNo("IsCompressed"), status);
        }

        private String required(String element) throws ControlFileException {
            String value = values.get(element);
            if (value == null) {
                throw missing(element, values.containsKey(element) ? "is empty" : "is missing");
            }
            return value;
        }

        private ControlFileException missing(String element, String detail) {
            Optional<String> nearMiss = unknown.stream().filter(u -> u.equalsIgnoreCase(element)).findFirst();
            return new ControlFileException(ControlFileProblem.MISSING, element, detail + nearMiss
                    .map(u -> "; found " + u + " instead (element names are case-sensitive)").orElse(""));
        }

        private String text(TextRule rule) throws ControlFileException {
            String value = values.get(rule.element());
            ControlFileException broken = rule.violation(value);
            if (broken != null) {
                throw broken;
            }
            return value;
        }

        private Boolean yesNo(String element) throws ControlFileException {
            String value = values.get(element);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "Y" -> Boolean.TRUE;
                case "N" -> Boolean.FALSE;
                default -> throw new ControlFileException(ControlFileProblem.NOT_ALLOWED, element, "'"
                        + abbreviate(value) + "' is not allowed; use Y or N");
            };
        }

        private static <E extends Enum<E> & Spelled> E oneOf(String element, Class<E> type, String value)
                throws ControlFileException {
            return ControlValues.fromXml(type, value).orElseThrow(() -> new ControlFileException(
                    ControlFileProblem.NOT_ALLOWED, element, "'" + abbreviate(value) + "' is not allowed; use "
                    + ControlValues.allowed(type)));
        }

        private StatusRecord status(Map<String, String> children) throws ControlFileException {
            String dateTime = requiredChild(children, "DateTime");
            LocalDateTime at;
            try {
                at = LocalDateTime.parse(dateTime, DATE_TIME);
            } catch (DateTimeParseException e) {
                throw new ControlFileException(ControlFileProblem.BAD_DATE_TIME, STATUS_RECORD + "/DateTime", "'"
                        + abbreviate(dateTime) + "' is not a date and time in the form yyyyMMddHHmmss");
            }
            Event event = oneOf(STATUS_RECORD + "/Event", Event.class, requiredChild(children, "Event"));
            Status status = oneOf(STATUS_RECORD + "/Status", Status.class, requiredChild(children, "Status"));
            String code = requiredChild(children, "StatusCode");
            if (!StatusRecord.STATUS_CODE.matcher(code).matches()) {
                throw new ControlFileException(ControlFileProblem.NOT_ALLOWED, STATUS_RECORD + "/StatusCode", "'"
                        + abbreviate(code) + "' is not a status code; use two digits (00 for success)");
            }
            String description = children.get("Description");
            ControlFileException broken = TextRule.STATUS_DESCRIPTION.violation(description);
            if (broken != null) {
                throw broken;
            }
            return new StatusRecord(at, event, status, code, description);
        }

        private static String requiredChild(Map<String, String> children, String name) throws ControlFileException {
            String value = children.get(name);
            if (value == null) {
                throw new ControlFileException(ControlFileProblem.MISSING, STATUS_RECORD + "/" + name,
                        children.containsKey(name) ? "is empty" : "is missing");
            }
            return value;
        }
    }
}
