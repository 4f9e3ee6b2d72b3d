package org.cpis.sft.la.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the LA-side client remembers, held in memory for one command and saved whole by
 * {@link LaStateStore}: the last sequence id used (CP-SC016), per child what was last sent, every upload file with
 * its status, the messages received, new NHS numbers learnt and inactive numbers. Not thread-safe: one command at a
 * time owns it (the store's lock).
 */
public final class LaState {

    /** The version of the saved form. */
    static final int VERSION = 1;

    private long lastSequenceId;
    private final Map<String, ChildEntry> children = new TreeMap<>();
    private final Map<String, UploadFileEntry> files = new LinkedHashMap<>();
    private final Map<String, ReceivedEntry> messages = new LinkedHashMap<>();
    private final Map<String, NumberChange> numberChanges = new TreeMap<>();
    private final Set<String> inactiveNumbers = new TreeSet<>();

    /** The saved form. */
    record Document(int version, long lastSequenceId, List<ChildEntry> children, List<UploadFileEntry> files,
                    List<ReceivedEntry> messages, List<NumberChange> numberChanges, List<String> inactiveNumbers) {
    }

    static LaState of(Document d) {
        LaState state = new LaState();
        state.lastSequenceId = d.lastSequenceId();
        nullSafe(d.children()).forEach(c -> state.children.put(c.localId(), c));
        nullSafe(d.files()).forEach(f -> state.files.put(f.sequenceId(), f));
        nullSafe(d.messages()).forEach(m -> state.messages.put(m.messageId(), m));
        nullSafe(d.numberChanges()).forEach(n -> state.numberChanges.put(n.localId(), n));
        state.inactiveNumbers.addAll(nullSafe(d.inactiveNumbers()));
        return state;
    }

    Document document() {
        return new Document(VERSION, lastSequenceId, List.copyOf(children.values()), List.copyOf(files.values()),
                List.copyOf(messages.values()), List.copyOf(numberChanges.values()), List.copyOf(inactiveNumbers));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The sequence id the next file gets: one more than the last one used, never below {@code first}; ids only go
     * up, across runs (CP-SC016).
     */
    public long nextSequenceId(long first) {
        return Math.max(lastSequenceId + 1, first);
    }

    public long lastSequenceId() {
        return lastSequenceId;
    }

    public Optional<ChildEntry> child(String localId) {
        return Optional.ofNullable(children.get(localId));
    }

    public Collection<ChildEntry> children() {
        return children.values();
    }

    public void putChild(ChildEntry entry) {
        children.put(entry.localId(), entry);
    }

    public Optional<UploadFileEntry> file(String sequenceId) {
        return Optional.ofNullable(files.get(sequenceId));
    }

    /** The files, oldest first. */
    public List<UploadFileEntry> files() {
        return new ArrayList<>(files.values());
    }

    /** Records a new file; its sequence id becomes the last one used. */
    public void addFile(UploadFileEntry file) {
        long id = Long.parseLong(file.sequenceId());
        if (id <= lastSequenceId || files.containsKey(file.sequenceId())) {
            throw new IllegalStateException("sequence id " + id + " was used before (last " + lastSequenceId + ")");
        }
        files.put(file.sequenceId(), file);
        lastSequenceId = id;
    }

    public void replaceFile(UploadFileEntry file) {
        if (!files.containsKey(file.sequenceId())) {
            throw new IllegalStateException("no file " + file.sequenceId());
        }
        files.put(file.sequenceId(), file);
    }

    public boolean hasMessage(String messageId) {
        return messages.containsKey(messageId);
    }

    public void addMessage(ReceivedEntry entry) {
        messages.put(entry.messageId(), entry);
    }

    /** The messages received, oldest first. */
    public List<ReceivedEntry> messages() {
        return new ArrayList<>(messages.values());
    }

    public Optional<NumberChange> numberChange(String localId) {
        return Optional.ofNullable(numberChanges.get(localId));
    }

    public void putNumberChange(NumberChange change) {
        numberChanges.put(change.localId(), change);
    }

    public void removeNumberChange(String localId) {
        numberChanges.remove(localId);
    }

    /** NHS numbers CP-IS said are no longer active: a record held under one is never sent again. */
    public boolean isInactive(String nhsNumber) {
        return inactiveNumbers.contains(nhsNumber);
    }

    public void addInactiveNumber(String nhsNumber) {
        inactiveNumbers.add(nhsNumber);
    }
}
