package org.cpis.sft.control;

/**
 * Why a control file ({@code DTSControl}) could not be read, each with its stable code, what is wrong and what the
 * sender should do. MESH reports every one of them as a malformed control file (status code {@code 06}).
 */
public enum ControlFileProblem {
    NOT_XML("CPIS-F001", "the control file is not well-formed XML",
            "write the control file as XML, e.g. with the example in the folder door guide"),
    REFUSED("CPIS-F002", "the control file was refused before it was read (a DOCTYPE, an entity, or too large or"
            + " too deep)", "remove the DOCTYPE and entities; a control file is a few plain elements under DTSControl"),
    NOT_DTS_CONTROL("CPIS-F003", "the root element is not DTSControl",
            "make DTSControl, without a namespace, the root element"),
    MISSING("CPIS-F004", "a required element is missing or empty", "add the element with its value"),
    REPEATED("CPIS-F005", "an element appears more than once", "keep one of them"),
    NOT_ALLOWED("CPIS-F006", "the element's value is not one of those allowed", "use one of the values named"),
    TOO_LONG("CPIS-F007", "the element's value is longer than allowed", "shorten the value"),
    NOT_TEXT("CPIS-F008", "the element holds elements where text belongs, or text where elements belong",
            "write the value as plain text inside the element; only StatusRecord holds elements"),
    BAD_DATE_TIME("CPIS-F009", "the date and time is not a real one in the form yyyyMMddHHmmss",
            "write 14 digits, e.g. 20260301093000"),
    UNREADABLE("CPIS-F010", "the control file could not be read from disk",
            "check the file is there and readable, then drop the pair again");

    /** The MESH status code for a malformed control file. */
    public static final String MESH_STATUS = "06";

    private final String code;
    private final String meaning;
    private final String fix;

    ControlFileProblem(String code, String meaning, String fix) {
        this.code = code;
        this.meaning = meaning;
        this.fix = fix;
    }

    public String code() {
        return code;
    }

    /** What is wrong, in general words. */
    public String meaning() {
        return meaning;
    }

    /** What the sender should do. */
    public String fix() {
        return fix;
    }
}
