package org.cpis.sft.la.settings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpis.core.model.OdsCode;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.notification.NotificationInteraction;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;

/**
 * Reads the LA settings file: Java properties (UTF-8), one {@code key=value} a line, {@code #} for comments. Every
 * key is checked and an unknown key is refused (a misspelt key must not silently fall back to a default). Relative
 * paths are taken from the settings file's folder. docs/LA-CLIENT.md and docs/samples/la-settings.properties list
 * every key.
 */
public final class LaSettingsFile {

    public static final String ODS_CODE = "la.ods-code";
    public static final String NAME = "la.name";
    public static final String EMERGENCY_DUTY_PHONE = "la.emergency-duty-phone";
    public static final String OFFICE_HOURS_PHONE = "la.office-hours-phone";
    public static final String LAC_NOT_SENT = "lac.not-sent";
    public static final String OWN_MAILBOX = "mesh.mailbox";
    public static final String CPIS_MAILBOX = "mesh.cpis-mailbox";
    public static final String UPLOAD_WORKFLOW = "mesh.workflow-id";
    public static final String ACK_WORKFLOW = "mesh.ack-workflow-id";
    public static final String ACCESS_WORKFLOW = "mesh.access-workflow-id";
    public static final String INACTIVE_WORKFLOW = "mesh.inactive-workflow-id";
    public static final String TRANSPORT = "transport";
    public static final String TRANSPORT_FOLDER = "transport.folder";
    public static final String STATE_FOLDER = "state.folder";
    public static final String EXPORT_FILE = "export.file";
    public static final String RESUBMIT_AFTER = "upload.resubmit-after";
    public static final String FIRST_SEQUENCE_ID = "upload.first-sequence-id";
    public static final String MAX_RECORDS_PER_FILE = "upload.max-records-per-file";
    public static final String SENDING_ENABLED = "sending.enabled";
    public static final String MESH_URL = "mesh.url";
    public static final String MESH_PASSWORD = "mesh.password";
    public static final String MESH_SHARED_SECRET = "mesh.shared-secret";
    public static final String MESH_KEYSTORE = "mesh.keystore";
    public static final String MESH_KEYSTORE_PASSWORD = "mesh.keystore-password";
    public static final String MESH_TRUST_STORE = "mesh.trust-store";
    public static final String MESH_TRUST_STORE_PASSWORD = "mesh.trust-store-password";
    public static final String MESH_CHUNK_SIZE = "mesh.chunk-size";
    public static final String MESH_COMPRESS = "mesh.compress";

    /** The default MESH workflow id of an LA Upload, and of its acknowledgement (MESH's {@code _ACK} convention). */
    public static final String DEFAULT_UPLOAD_WORKFLOW = "CPIS_UPLOAD";
    public static final String DEFAULT_ACK_WORKFLOW = "CPIS_UPLOAD_ACK";
    /** The transport through the MESH client's folders (the default). */
    public static final String FOLDER_TRANSPORT = "folder";
    /** The transport through the MESH API over HTTPS (the CP-IS service's MESH door, or NHS MESH). */
    public static final String MESH_API_TRANSPORT = "mesh-api";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([hm])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_DIGITS = Pattern.compile("[0-9]{3,20}");
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> KEYS = Set.of(ODS_CODE, NAME, EMERGENCY_DUTY_PHONE, OFFICE_HOURS_PHONE,
            LacSection.S31.settingKey(), LacSection.S38.settingKey(), LacSection.S20.settingKey(), LAC_NOT_SENT,
            OWN_MAILBOX, CPIS_MAILBOX, UPLOAD_WORKFLOW, ACK_WORKFLOW, ACCESS_WORKFLOW, INACTIVE_WORKFLOW, TRANSPORT,
            TRANSPORT_FOLDER, STATE_FOLDER, EXPORT_FILE, RESUBMIT_AFTER, FIRST_SEQUENCE_ID, MAX_RECORDS_PER_FILE,
            SENDING_ENABLED, MESH_URL, MESH_PASSWORD, MESH_SHARED_SECRET, MESH_KEYSTORE, MESH_KEYSTORE_PASSWORD,
            MESH_TRUST_STORE, MESH_TRUST_STORE_PASSWORD, MESH_CHUNK_SIZE, MESH_COMPRESS);

    private final Path file;
    private final Properties properties;

    private LaSettingsFile(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    /** Reads and checks the settings file; every problem is a {@link LaClientException} naming the key. */
    public static LaSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LaClientException(LaCode.SETTINGS_UNREADABLE, "LA settings file " + file.toAbsolutePath()
                    + " does not exist: copy docs/samples/la-settings.properties and fill it in, or name yours with"
                    + " --settings");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new LaClientException(LaCode.SETTINGS_UNREADABLE, "LA settings file " + file.toAbsolutePath()
                    + " cannot be read: " + e.getMessage(), e);
        }
        return new LaSettingsFile(file, properties).settings();
    }

    private LaSettings settings() {
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                throw invalid(key, "is not an LA setting; the keys are " + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        String ods = required(ODS_CODE).toUpperCase(Locale.ROOT);
        if (!OdsCode.isValid(ods)) {
            throw invalid(ODS_CODE, "'" + ods + "' is not an ODS code: 3 to 9 letters and digits, e.g. X09");
        }
        String emergency = phone(EMERGENCY_DUTY_PHONE, required(EMERGENCY_DUTY_PHONE));
        String office = optional(OFFICE_HOURS_PHONE) == null ? null : phone(OFFICE_HOURS_PHONE, optional(OFFICE_HOURS_PHONE));
        UploadedLocalAuthority la = new UploadedLocalAuthority(ods, required(NAME).replaceAll("\\s+", " "), emergency,
                office);
        MeshAddresses mesh = new MeshAddresses(mailbox(OWN_MAILBOX), mailbox(CPIS_MAILBOX),
                workflow(UPLOAD_WORKFLOW, DEFAULT_UPLOAD_WORKFLOW), workflow(ACK_WORKFLOW, DEFAULT_ACK_WORKFLOW),
                workflow(ACCESS_WORKFLOW, NotificationInteraction.ACCESS_TO_SERVICE.workflowId()),
                workflow(INACTIVE_WORKFLOW, NotificationInteraction.INACTIVE_NHS_NUMBER.workflowId()));
        String transport = optional(TRANSPORT) == null ? FOLDER_TRANSPORT : optional(TRANSPORT).toLowerCase(Locale.ROOT);
        if (!transport.equals(FOLDER_TRANSPORT) && !transport.equals(MESH_API_TRANSPORT)) {
            throw invalid(TRANSPORT, "'" + optional(TRANSPORT) + "' is not a transport: use " + FOLDER_TRANSPORT
                    + " (the MESH client's folders) or " + MESH_API_TRANSPORT + " (the MESH API over HTTPS)");
        }
        Path transportFolder = optional(TRANSPORT_FOLDER) == null ? null : path(TRANSPORT_FOLDER);
        if (transport.equals(FOLDER_TRANSPORT) && transportFolder == null) {
            throw missing(TRANSPORT_FOLDER, "the MESH client's folder of the LA's mailbox (the one holding OUT and IN)");
        }
        MeshApiSettings meshApi = transport.equals(MESH_API_TRANSPORT) ? meshApi() : null;
        return new LaSettings(la, lacLegalStatuses(), mesh, transport, transportFolder,
                optional(STATE_FOLDER) == null ? file.toAbsolutePath().getParent().resolve("cpis-la-state") : path(STATE_FOLDER),
                optional(EXPORT_FILE) == null ? null : path(EXPORT_FILE),
                resubmitAfter(), positiveLong(FIRST_SEQUENCE_ID, 1), (int) Math.min(Integer.MAX_VALUE,
                positiveLong(MAX_RECORDS_PER_FILE, LaSettings.DEFAULT_MAX_RECORDS_PER_FILE)), sendingEnabled(),
                meshApi);
    }

    /** The MESH API settings: required with {@code transport=mesh-api}. */
    private MeshApiSettings meshApi() {
        URI url = meshUrl();
        String password = required(MESH_PASSWORD, "the mailbox's MESH password, from the CP-IS operator");
        String secret = required(MESH_SHARED_SECRET, "the MESH environment's shared secret, from the CP-IS operator");
        boolean plain = "http".equalsIgnoreCase(url.getScheme());
        Path keystore = optional(MESH_KEYSTORE) == null ? null : path(MESH_KEYSTORE);
        String keystorePassword = optional(MESH_KEYSTORE_PASSWORD);
        if (!plain && keystore == null) {
            throw missing(MESH_KEYSTORE, "the LA's MESH client certificate and key, a PKCS#12 file (.p12); MESH asks"
                    + " for it on every connection");
        }
        if (keystore != null && keystorePassword == null) {
            throw missing(MESH_KEYSTORE_PASSWORD, "the password of " + keystore.getFileName());
        }
        Path trustStore = optional(MESH_TRUST_STORE) == null ? null : path(MESH_TRUST_STORE);
        return new MeshApiSettings(url, password, secret, keystore, keystorePassword, trustStore,
                optional(MESH_TRUST_STORE_PASSWORD), size(MESH_CHUNK_SIZE, MeshApiSettings.DEFAULT_CHUNK_BYTES),
                flag(MESH_COMPRESS, true));
    }

    private URI meshUrl() {
        String value = required(MESH_URL, "the MESH server's address, e.g. https://cpis.example.org:8444");
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(MESH_URL, "'" + value + "' is not an address: e.g. https://cpis.example.org:8444");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid(MESH_URL, "'" + value + "' is not an https address with a host: e.g."
                    + " https://cpis.example.org:8444");
        }
        if (url.getQuery() != null || url.getFragment() != null || url.getUserInfo() != null) {
            throw invalid(MESH_URL, "'" + value + "' must be the server's address only (no user, query or fragment)");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw invalid(MESH_URL, "'" + value + "': plain http is only for a demo MESH door on this computer"
                    + " (localhost, 127.0.0.1); use https");
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }

    private long size(String key, long defaultValue) {
        String value = optional(key);
        if (value == null) {
            return defaultValue;
        }
        Matcher m = SIZE.matcher(value);
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                long bytes = unit.startsWith("k") ? Math.multiplyExact(n, 1024L)
                        : unit.startsWith("m") ? Math.multiplyExact(n, 1024L * 1024) : n;
                if (bytes >= 1024 && bytes <= 100L * 1024 * 1024) {
                    return bytes;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // reported below
            }
        }
        throw invalid(key, "'" + value + "' is not a size from 1KiB to 100MiB: e.g. 20MiB, 512KiB or 1048576");
    }

    private LacLegalStatuses lacLegalStatuses() {
        Map<String, LacSection> sent = new HashMap<>();
        Map<String, String> listedUnder = new LinkedHashMap<>();
        Map<LacSection, List<String>> bySection = new EnumMap<>(LacSection.class);
        for (LacSection section : LacSection.values()) {
            bySection.put(section, codes(section.settingKey()));
        }
        for (var entry : bySection.entrySet()) {
            for (String code : entry.getValue()) {
                String before = listedUnder.put(code, entry.getKey().settingKey());
                if (before != null) {
                    throw invalid(entry.getKey().settingKey(), "code '" + code + "' is also listed under " + before
                            + ": a legal-status code belongs to one section");
                }
                sent.put(code, entry.getKey());
            }
        }
        Set<String> notSent = new HashSet<>();
        for (String code : codes(LAC_NOT_SENT)) {
            if (listedUnder.containsKey(code)) {
                throw invalid(LAC_NOT_SENT, "code '" + code + "' is also listed under " + listedUnder.get(code)
                        + ": a code is either sent or not");
            }
            notSent.add(code);
        }
        return new LacLegalStatuses(sent, notSent);
    }

    private List<String> codes(String key) {
        String value = optional(key);
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(LacLegalStatuses::normalise).toList();
    }

    private String phone(String key, String value) {
        String digits = value.replace(" ", "");
        if (!PHONE_DIGITS.matcher(digits).matches()) {
            throw invalid(key, "'" + value + "' is not a telephone number: digits only (spaces allowed), e.g. 01632 960001");
        }
        return digits;
    }

    private String mailbox(String key) {
        String value = optional(key);
        if (value == null) {
            throw missing(key, "a MESH mailbox id");
        }
        if (!MAILBOX.matcher(value).matches()) {
            throw invalid(key, "'" + value + "' is not a MESH mailbox id (letters, digits, '_', '.', '-')");
        }
        return value;
    }

    private String workflow(String key, String defaultValue) {
        String value = optional(key);
        if (value == null) {
            return defaultValue;
        }
        if (value.length() > 300 || value.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(key, "'" + value + "' is not a MESH workflow id (no spaces, at most 300 characters)");
        }
        return value;
    }

    private Duration resubmitAfter() {
        String value = optional(RESUBMIT_AFTER);
        if (value == null) {
            return LaSettings.DEFAULT_RESUBMIT_AFTER;
        }
        Duration d;
        Matcher m = DURATION.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = m.group(2).equalsIgnoreCase("h") ? Duration.ofHours(n) : Duration.ofMinutes(n);
        } else {
            try {
                d = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid(RESUBMIT_AFTER, "'" + value + "' is not a duration: e.g. 15h, 90m or PT15H");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw invalid(RESUBMIT_AFTER, "'" + value + "' must be longer than nothing, e.g. 15h");
        }
        return d;
    }

    private long positiveLong(String key, long defaultValue) {
        String value = optional(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, "'" + value + "' is not a whole number of 1 or more");
    }

    private boolean sendingEnabled() {
        return flag(SENDING_ENABLED, true);
    }

    private boolean flag(String key, boolean defaultValue) {
        String value = optional(key);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, "'" + value + "' must be true or false");
        };
    }

    private Path path(String key) {
        try {
            return file.toAbsolutePath().getParent().resolve(optional(key)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid(key, "'" + optional(key) + "' is not a path: " + e.getReason());
        }
    }

    private String required(String key) {
        return required(key, null);
    }

    private String required(String key, String what) {
        String value = optional(key);
        if (value == null) {
            throw missing(key, what);
        }
        return value;
    }

    private String optional(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LaClientException missing(String key, String what) {
        return new LaClientException(LaCode.SETTINGS_MISSING, file + ": " + key + " is missing"
                + (what == null ? "" : " (" + what + ")") + "; see docs/samples/la-settings.properties");
    }

    private LaClientException invalid(String key, String why) {
        return new LaClientException(LaCode.SETTINGS_INVALID, file + ": " + key + " " + why);
    }
}
