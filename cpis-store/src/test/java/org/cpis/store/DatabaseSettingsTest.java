package org.cpis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void noJdbcUrlMeansTheEmbeddedServer() {
        assertThat(new DatabaseSettings(Path.of("data"), null, null, null, 0).isEmbedded()).isTrue();
        assertThat(new DatabaseSettings(Path.of("data"), "  ", "u", "p", 0).isEmbedded()).isTrue();
        assertThat(DatabaseSettings.external("jdbc:postgresql://db/cpis", "u", "p").isEmbedded()).isFalse();
    }

    @Test
    void theEmbeddedServerNeedsADataDirectoryAndAUsablePort() {
        assertThatThrownBy(() -> new DatabaseSettings(null, null, null, null, 0))
                .hasMessageContaining("needs a data directory");
        assertThatThrownBy(() -> new DatabaseSettings(Path.of("data"), null, null, null, 70_000))
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> DatabaseSettings.external(" ", "u", "p")).hasMessageContaining("JDBC URL");
    }

    @Test
    void thePoolHasTenConnectionsUnlessSetAndHalfOfThemMayHoldWorkLocks() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("data"));

        assertThat(settings.poolSize()).isEqualTo(10);
        assertThat(settings.maxHeldWorkLocks()).isEqualTo(5);
        assertThat(settings.withPoolSize(2).maxHeldWorkLocks()).isEqualTo(1);
        assertThat(settings.withPoolSize(25).maxHeldWorkLocks()).isEqualTo(12);
        assertThat(settings.withPoolSize(25).toString()).contains("poolSize=25");
        assertThatThrownBy(() -> settings.withPoolSize(1)).hasMessageContaining("must be 2 to 100, got 1");
        assertThatThrownBy(() -> settings.withPoolSize(101)).hasMessageContaining("must be 2 to 100, got 101");
    }

    @Test
    void thePasswordIsNeverShown() {
        assertThat(DatabaseSettings.external("jdbc:postgresql://db/cpis", "cpis", "s3cret").toString())
                .contains("cpis").doesNotContain("s3cret");
    }

    @Test
    void jdbcUrlsAreShownWithoutTheirParameters() {
        assertThat(JdbcUrls.withoutParameters("jdbc:postgresql://db/cpis?user=a&password=b"))
                .isEqualTo("jdbc:postgresql://db/cpis");
        assertThat(JdbcUrls.withoutParameters("jdbc:postgresql://db/cpis")).isEqualTo("jdbc:postgresql://db/cpis");
    }
}
