package org.cpis.sft.la.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpis.core.model.PlanType;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;

/**
 * Reads a JSON export: {@code {"children": [ ... ]}} or a bare array of children, each child an object with the
 * fields of {@link ExportField#jsonName()}: the mother as an object {@code mother}, the plans as an array
 * {@code plans}. Values are strings (an NHS number may be a number); other fields are ignored. Children are read one
 * at a time from the stream, so the export's size is not held twice.
 */
public final class JsonExportReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ChildExport read(Path file) {
        String name = file.getFileName().toString();
        List<ExportedChild> children = new ArrayList<>();
        List<ExportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonFactory factory = MAPPER.getFactory();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
            toChildrenArray(name, parser);
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " ends inside the children array");
                }
                index++;
                String where = "child " + index + " (line " + parser.currentTokenLocation().getLineNr() + ")";
                JsonNode node = parser.readValueAsTree();
                child(name, where, node, seen, children, problems);
            }
        } catch (JsonProcessingException e) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " cannot be read: " + e.getMessage(), e);
        }
        return new ChildExport(name, children, problems);
    }

    private static void toChildrenArray(String name, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return;
        }
        if (first == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("children".equals(field) && value == JsonToken.START_ARRAY) {
                    return;
                }
                parser.skipChildren();
            }
        }
        throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " is not a CP-IS export: expected"
                + " {\"children\": [...]} or an array of children; see docs/LA-CLIENT.md");
    }

    private static void child(String name, String where, JsonNode node, Set<String> seen, List<ExportedChild> children,
                              List<ExportProblem> problems) {
        if (!node.isObject()) {
            problems.add(new ExportProblem(LaCode.EXPORT_FIELD, name, where, null, null, "is not an object"));
            return;
        }
        ChildAssembly child;
        try {
            String localId = FieldValues.text(scalar(node, "localChildId"));
            if (localId == null) {
                problems.add(new ExportProblem(LaCode.EXPORT_FIELD, name, where, null,
                        ExportField.LOCAL_CHILD_ID.jsonName(), "is missing: every child has one"));
                return;
            }
            child = new ChildAssembly(name, localId, where);
            if (!seen.add(localId)) {
                child.problem(where, ExportField.LOCAL_CHILD_ID.jsonName(), "'" + localId
                        + "' is given to two children: in JSON a child is one object, its plans in 'plans'");
                problems.addAll(child.problems());
                return;
            }
            fields(node, child, where);
        } catch (NotScalar e) {
            problems.add(new ExportProblem(LaCode.EXPORT_FIELD, name, where, FieldValues.text(node.path("localChildId").asText(null)),
                    e.field, "must be a text value, not " + e.kind));
            return;
        }
        if (child.problems().isEmpty()) {
            children.add(child.child());
        } else {
            problems.addAll(child.problems());
        }
    }

    private static void fields(JsonNode node, ChildAssembly child, String where) throws NotScalar {
        child.put(ExportField.NHS_NUMBER, FieldValues.nhsNumber(scalar(node, "nhsNumber")), where, "nhsNumber");
        child.put(ExportField.GIVEN_NAME, name(scalar(node, "givenName")), where, "givenName");
        child.put(ExportField.FAMILY_NAME, name(scalar(node, "familyName")), where, "familyName");
        date(child, ExportField.DATE_OF_BIRTH, scalar(node, "dateOfBirth"), where, "dateOfBirth");
        date(child, ExportField.DUE_DATE, scalar(node, "dueDate"), where, "dueDate");
        date(child, ExportField.CASE_CLOSED_DATE, scalar(node, "caseClosedDate"), where, "caseClosedDate");
        child.put(ExportField.RESPONSIBLE_LA, FieldValues.odsCode(scalar(node, "responsibleLa")), where, "responsibleLa");
        JsonNode mother = node.path("mother");
        if (mother.isObject()) {
            child.put(ExportField.MOTHER_NHS_NUMBER, FieldValues.nhsNumber(scalar(mother, "nhsNumber", "mother.")), where,
                    "mother.nhsNumber");
            child.put(ExportField.MOTHER_GIVEN_NAME, name(scalar(mother, "givenName", "mother.")), where, "mother.givenName");
            child.put(ExportField.MOTHER_FAMILY_NAME, name(scalar(mother, "familyName", "mother.")), where,
                    "mother.familyName");
            date(child, ExportField.MOTHER_DATE_OF_BIRTH, scalar(mother, "dateOfBirth", "mother."), where,
                    "mother.dateOfBirth");
        } else if (!mother.isMissingNode() && !mother.isNull()) {
            child.problem(where, "mother", "must be an object with nhsNumber, givenName, familyName, dateOfBirth");
        }
        JsonNode plans = node.path("plans");
        if (plans.isArray()) {
            for (int i = 0; i < plans.size(); i++) {
                plan(plans.get(i), child, where, "plans[" + i + "]");
            }
        } else if (!plans.isMissingNode() && !plans.isNull()) {
            child.problem(where, "plans", "must be an array of plans");
        }
    }

    private static void plan(JsonNode plan, ChildAssembly child, String where, String path) throws NotScalar {
        if (!plan.isObject()) {
            child.problem(where, path, "must be an object with type, startDate, endDate, deleteDate, lacLegalStatus");
            return;
        }
        try {
            PlanType type = FieldValues.planType(scalar(plan, "type", path + "."));
            if (type == null) {
                child.problem(where, path + ".type", "is missing (use CPP, UCPP or LAC)");
                return;
            }
            child.plan(new ExportedPlan(where + ", " + path, type,
                    planDate(plan, "startDate", path, child, where), planDate(plan, "endDate", path, child, where),
                    planDate(plan, "deleteDate", path, child, where),
                    FieldValues.text(scalar(plan, "lacLegalStatus", path + "."))));
        } catch (FieldValues.BadValue e) {
            child.problem(where, path + ".type", e.getMessage());
        }
    }

    private static java.time.LocalDate planDate(JsonNode plan, String field, String path, ChildAssembly child,
                                                String where) throws NotScalar {
        try {
            return FieldValues.date(scalar(plan, field, path + "."));
        } catch (FieldValues.BadValue e) {
            child.problem(where, path + "." + field, e.getMessage());
            return null;
        }
    }

    private static void date(ChildAssembly child, ExportField f, String raw, String where, String fieldName) {
        try {
            child.put(f, FieldValues.date(raw), where, fieldName);
        } catch (FieldValues.BadValue e) {
            child.problem(where, fieldName, e.getMessage());
        }
    }

    private static String name(String raw) {
        String text = FieldValues.text(raw);
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static String scalar(JsonNode node, String field) throws NotScalar {
        return scalar(node, field, "");
    }

    private static String scalar(JsonNode node, String field, String prefix) throws NotScalar {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new NotScalar(prefix + field, value.isArray() ? "an array" : "an object");
        }
        return value.asText();
    }

    /** A field that must hold text holds an object or array. */
    private static final class NotScalar extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String kind;

        NotScalar(String field, String kind) {
            super(field + " is " + kind);
            this.field = field;
            this.kind = kind;
        }
    }
}
