package org.cpis.sft.mesh;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The query of an inbox listing (MESH-AND-SFT.md 2.7): {@code max_results} (10 to 5000, default 500) and {@code
 * workflow_filter} (2 to 255 characters: {@code WF} equals, {@code !WF} not equal, {@code WF*} begins with, {@code
 * !WF*} does not begin with, {@code *X*} contains, {@code !*X*} does not contain). {@code continue_from} is not
 * supported (CPIS-M026): CP-IS never answers with a {@code links.next}; as MESH advises, a caller that got a full
 * page acknowledges what it downloaded and lists again.
 *
 * @param maxResults the page size
 * @param filter     which workflow ids to list, or {@code null} for all
 * @param filterText the filter as given, or {@code null}
 */
record InboxQuery(int maxResults, Predicate<String> filter, String filterText) {

    /** How many waiting messages are looked at when a workflow filter picks among them. */
    static final int FILTER_SCAN = 20_000;

    static InboxQuery of(String maxResults, String continueFrom, String workflowFilter) {
        if (continueFrom != null) {
            throw new MeshFailure(MeshProblem.BAD_REQUEST, "continue_from is not supported: acknowledge the messages"
                    + " downloaded and list the inbox again");
        }
        int max = MeshInbox.DEFAULT_MAX_RESULTS;
        if (maxResults != null) {
            try {
                max = Integer.parseInt(maxResults.strip());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < MeshInbox.MIN_MAX_RESULTS || max > MeshInbox.MAX_MAX_RESULTS) {
                throw new MeshFailure(MeshProblem.BAD_REQUEST, "max_results '" + maxResults + "' is not a number from "
                        + MeshInbox.MIN_MAX_RESULTS + " to " + MeshInbox.MAX_MAX_RESULTS);
            }
        }
        if (workflowFilter == null) {
            return new InboxQuery(max, null, null);
        }
        String text = workflowFilter.strip();
        if (text.length() < 2 || text.length() > 255) {
            throw new MeshFailure(MeshProblem.BAD_REQUEST, "workflow_filter must be 2 to 255 characters long");
        }
        return new InboxQuery(max, predicate(text), text);
    }

    private static Predicate<String> predicate(String text) {
        boolean not = text.startsWith("!");
        String rest = not ? text.substring(1) : text;
        Predicate<String> match;
        if (rest.length() >= 2 && rest.startsWith("*") && rest.endsWith("*")) {
            String part = rest.substring(1, rest.length() - 1);
            match = workflow -> workflow.contains(part);
        } else if (rest.endsWith("*")) {
            String prefix = rest.substring(0, rest.length() - 1);
            match = workflow -> workflow.startsWith(prefix);
        } else {
            match = rest::equals;
        }
        return not ? match.negate() : match;
    }

    /** The {@code links.self} of a version 2 listing. */
    String selfLink(String mailbox) {
        StringBuilder link = new StringBuilder("/messageexchange/").append(mailbox).append("/inbox");
        String separator = "?";
        if (maxResults != MeshInbox.DEFAULT_MAX_RESULTS) {
            link.append(separator).append("max_results=").append(maxResults);
            separator = "&";
        }
        if (filterText != null) {
            link.append(separator).append("workflow_filter=")
                    .append(URLEncoder.encode(filterText, StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
