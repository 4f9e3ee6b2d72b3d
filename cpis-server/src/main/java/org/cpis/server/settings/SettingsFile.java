package org.cpis.server.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A settings file: Java properties, UTF-8, one {@code key=value} per line, keys as in {@link Setting#key()}.
 * Blank values count as not set. Unknown keys are reported as warnings, never silently dropped.
 */
final class SettingsFile {

    private final Path path;
    private final Map<Setting, String> values;
    private final List<String> warnings;

    private SettingsFile(Path path, Map<Setting, String> values, List<String> warnings) {
        this.path = path;
        this.values = values;
        this.warnings = warnings;
    }

    /** The file named with {@code --config}: it must exist. */
    static SettingsFile chosen(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SettingsException("settings file " + path.toAbsolutePath() + " does not exist");
        }
        return read(path.toAbsolutePath(), false);
    }

    /**
     * The default file {@code cpis.properties} in the data folder, when there is one. It cannot move the
     * data folder it lives in, so its {@code data} key is ignored with a warning.
     */
    static SettingsFile inDataFolder(Path dataFolder, String fileName) {
        Path path = dataFolder.resolve(fileName);
        return Files.isRegularFile(path) ? read(path, true) : new SettingsFile(path, Map.of(), List.of());
    }

    Optional<String> valueOf(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    /** Where a value of this file came from, for messages. */
    String origin(Setting setting) {
        return "key " + setting.key() + " in " + path;
    }

    List<String> warnings() {
        return warnings;
    }

    private static SettingsFile read(Path path, boolean insideDataFolder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("cannot read settings file " + path + ": " + e.getMessage(), e);
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        List<String> warnings = new ArrayList<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            Optional<Setting> setting = Setting.withKey(key);
            String value = properties.getProperty(key).trim();
            if (setting.isEmpty()) {
                warnings.add("unknown key '" + key + "' in settings file " + path + " is ignored; known keys: " + knownKeys());
            } else if (insideDataFolder && setting.get() == Setting.DATA_FOLDER) {
                warnings.add("key 'data' in settings file " + path + " is ignored: that file lives in the data folder;"
                        + " set the data folder with --data or " + Setting.DATA_FOLDER.environmentVariable());
            } else if (!value.isEmpty()) {
                values.put(setting.get(), value);
            }
        }
        return new SettingsFile(path, values, List.copyOf(warnings));
    }

    private static String knownKeys() {
        return Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", "));
    }
}
