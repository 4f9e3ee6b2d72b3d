package org.cpis.sft.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed value sets of a control file (MESH-AND-SFT.md §3.3), each as it is written in the file.
 */
public final class ControlValues {

    private ControlValues() {
    }

    /** A value as the control file spells it. */
    public interface Spelled {
        String xml();
    }

    /** The only control file version there is. */
    public static final String VERSION = "1.0";

    /** {@code AddressType}: DTS names only, SMTP addresses, or both (set by the server on delivery). */
    public enum AddressType implements Spelled {
        DTS, SMTP, ALL;

        @Override
        public String xml() {
            return name();
        }
    }

    /** {@code MessageType}: a message with a data file, or a report (control file only). */
    public enum MessageType implements Spelled {
        DATA("Data"), REPORT("Report");

        private final String xml;

        MessageType(String xml) {
            this.xml = xml;
        }

        @Override
        public String xml() {
            return xml;
        }
    }

    /** {@code StatusRecord/Event}: the step of the transfer the status is about. */
    public enum Event implements Spelled {
        COLLECT, TRANSFER, SEND, RECEIVE;

        @Override
        public String xml() {
            return name();
        }
    }

    /** {@code StatusRecord/Status}. */
    public enum Status implements Spelled {
        SUCCESS, ERROR;

        @Override
        public String xml() {
            return name();
        }
    }

    static <E extends Enum<E> & Spelled> Optional<E> fromXml(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.xml().equals(text)).findFirst();
    }

    static <E extends Enum<E> & Spelled> String allowed(Class<E> type) {
        return orList(Arrays.stream(type.getEnumConstants()).map(Spelled::xml).toArray(String[]::new));
    }

    static String orList(String... names) {
        if (names.length == 1) {
            return names[0];
        }
        return String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    }

    static String yesNo(Boolean flag) {
        return flag ? "Y" : "N";
    }
}
