package org.cpis.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiPasswordTest {

    @TempDir
    Path temp;

    private Settings settings(Map<Setting, String> flags, Map<String, String> environment) {
        Map<Setting, String> withData = new java.util.EnumMap<>(Setting.class);
        withData.putAll(flags);
        withData.put(Setting.DATA_FOLDER, temp.toString());
        return Settings.resolve(withData, null, environment);
    }

    @Test
    void aSetPasswordWinsFlagOverEnvironmentOverFile() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"), "pki.password=from-the-file\n");

        assertThat(Settings.resolve(Map.of(Setting.DATA_FOLDER, temp.toString()), file, Map.of()).pkiPassword())
                .isEqualTo("from-the-file");
        assertThat(Settings.resolve(Map.of(), file, Map.of("CPIS_PKI_PASSWORD", "from-the-environment")).pkiPassword())
                .isEqualTo("from-the-environment");
        assertThat(Settings.resolve(Map.of(Setting.PKI_PASSWORD, "from-the-flag"), file,
                Map.of("CPIS_PKI_PASSWORD", "from-the-environment")).pkiPassword()).isEqualTo("from-the-flag");
    }

    @Test
    void aSetPasswordIsNeverShownAndMustBeLongEnough() {
        Settings settings = settings(Map.of(Setting.PKI_PASSWORD, "a-real-secret"), Map.of("CPIS_DB_PASSWORD", "db-secret"));

        assertThat(settings.toString()).doesNotContain("a-real-secret").doesNotContain("db-secret");
        assertThatThrownBy(() -> settings(Map.of(), Map.of("CPIS_PKI_PASSWORD", "1234567")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable CPIS_PKI_PASSWORD: the password is too short; use at least 8 characters");
    }

    @Test
    void aSetPasswordIsUsedAsItIs() {
        PkiPassword password = PkiPassword.resolve(settings(Map.of(Setting.PKI_PASSWORD, "a-real-secret"), Map.of()), true);

        assertThat(password.value()).isEqualTo("a-real-secret".toCharArray());
        assertThat(password.isDevelopment()).isFalse();
        assertThat(password.warning()).isNull();
        assertThat(PkiFolder.of(temp).developmentPassword()).doesNotExist();
    }

    @Test
    void withoutASetPasswordInitWritesARandomDevelopmentPasswordThatLaterCommandsRead() {
        Settings settings = settings(Map.of(), Map.of());
        assertThatThrownBy(() -> PkiPassword.resolve(settings, false)).isInstanceOf(PkiException.class)
                .hasMessageContaining("run 'cpis-server pki init' first");

        PkiPassword created = PkiPassword.resolve(settings, true);
        PkiPassword read = PkiPassword.resolve(settings, false);

        assertThat(created.value()).hasSize(32).isEqualTo(read.value());
        assertThat(read.isDevelopment()).isTrue();
        assertThat(read.warning()).contains("development password", "CPIS_PKI_PASSWORD");
        assertThat(PkiPassword.resolve(settings(Map.of(), Map.of()), true).value()).as("written once").isEqualTo(created.value());
        assertThat(PkiPassword.resolve(settings(Map.of(), Map.of("CPIS_PKI_PASSWORD", "a-real-secret")), false).value())
                .as("a set password wins over the file").isEqualTo("a-real-secret".toCharArray());
    }
}
