package org.cpis.server.la;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell blocks of a README section, read as a person pastes them: each block's commands grouped by the numbered
 * step comment they follow ({@code # 1. ...}), each command with the output the README shows after it
 * ({@code #    -> ...} and its continuation lines). A here-document ({@code cat >> FILE <<EOF ... EOF}) is one
 * command; a comment at the end of a command line is dropped.
 */
final class ReadmeWalkThrough {

    private static final Pattern STEP = Pattern.compile("^#\\s*(\\d+)\\.\\s.*");
    private static final Pattern SHOWN = Pattern.compile("^#\\s+->\\s?(.*)$");
    private static final Pattern SHOWN_MORE = Pattern.compile("^#\\s{5,}(\\S.*)$");
    private static final Pattern HEREDOC = Pattern.compile(".*<<\\s*'?(\\w+)'?\\s*$");

    /** One command and what the README says it prints (each line may hold "..." for what varies). */
    record Command(String step, String text, List<String> shown) {
    }

    private ReadmeWalkThrough() {
    }

    /** The {@code sh} blocks of the section under {@code heading} (up to the next heading of that level or higher). */
    static List<List<Command>> blocks(Path readme, String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError("README has no heading '" + heading + "'");
        }
        int level = heading.indexOf(' ');
        List<List<Command>> blocks = new ArrayList<>();
        List<String> block = null;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (block == null && line.matches("^#{1," + level + "} .*")) {
                break; // the next section
            }
            if (block == null && line.equals("```sh")) {
                block = new ArrayList<>();
            } else if (block != null && line.equals("```")) {
                blocks.add(commands(block));
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        return blocks;
    }

    private static List<Command> commands(List<String> lines) {
        List<Command> commands = new ArrayList<>();
        String step = "0";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher stepLine = STEP.matcher(line);
            if (stepLine.matches()) {
                step = stepLine.group(1);
                continue;
            }
            Matcher shown = SHOWN.matcher(line);
            if (shown.matches()) {
                if (commands.isEmpty()) {
                    throw new AssertionError("output shown before any command: " + line);
                }
                Command last = commands.get(commands.size() - 1);
                last.shown().add(shown.group(1).strip());
                while (i + 1 < lines.size() && SHOWN_MORE.matcher(lines.get(i + 1)).matches()) {
                    Matcher more = SHOWN_MORE.matcher(lines.get(++i));
                    more.matches();
                    last.shown().add(more.group(1).strip());
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher heredoc = HEREDOC.matcher(line);
            if (heredoc.matches()) {
                StringBuilder text = new StringBuilder(line);
                String end = heredoc.group(1);
                while (!lines.get(++i).equals(end)) {
                    text.append('\n').append(lines.get(i));
                }
                text.append('\n').append(end);
                commands.add(new Command(step, text.toString(), new ArrayList<>()));
                continue;
            }
            commands.add(new Command(step, withoutComment(line), new ArrayList<>()));
        }
        return commands;
    }

    /** A command line without a trailing {@code # comment} outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }

    /** The commands of the given steps, in order. */
    static List<Command> steps(List<Command> block, String... steps) {
        Map<String, List<Command>> byStep = new LinkedHashMap<>();
        block.forEach(c -> byStep.computeIfAbsent(c.step(), s -> new ArrayList<>()).add(c));
        List<Command> chosen = new ArrayList<>();
        for (String s : steps) {
            chosen.addAll(byStep.getOrDefault(s, List.of()));
        }
        return chosen;
    }

    /** Splits a command line into words as the shell does for these commands: blanks, double and single quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                if (word == null) {
                    word = new StringBuilder();
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new AssertionError("unclosed quote in: " + command);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
