package org.cpis.core.upload;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes values of one kind to a spill file and reads them back, field by field ({@link SpillingBuffer}). Not
 * Java serialisation: nothing but our own values can come out of a spill file.
 */
interface SpillCodec<T> {

    void write(DataOutput out, T value) throws IOException;

    T read(DataInput in) throws IOException;

    static void writeText(DataOutput out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    static String readText(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeDate(DataOutput out, LocalDate date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeLong(date.toEpochDay());
        }
    }

    static LocalDate readDate(DataInput in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }

    static void writeDateTime(DataOutput out, LocalDateTime time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.toEpochSecond(ZoneOffset.UTC));
            out.writeInt(time.getNano());
        }
    }

    static LocalDateTime readDateTime(DataInput in) throws IOException {
        return in.readBoolean() ? LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC) : null;
    }

    static void writeInstant(DataOutput out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    static Instant readInstant(DataInput in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
