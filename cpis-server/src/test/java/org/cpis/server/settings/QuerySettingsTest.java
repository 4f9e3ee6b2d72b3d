package org.cpis.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NHS Query endpoint's settings: query.port, query.path, query.http - as file key, environment and flag. */
class QuerySettingsTest {

    @TempDir
    Path temp;

    private Settings resolve(Map<Setting, String> flags, Path file, Map<String, String> environment) {
        Map<Setting, String> withData = new java.util.EnumMap<>(Setting.class);
        withData.put(Setting.DATA_FOLDER, temp.resolve("data").toString());
        withData.putAll(flags);
        return Settings.resolve(withData, file, environment);
    }

    @Test
    void defaultsAreHttpsOnPort8443AtCpisquery() {
        assertThat(resolve(Map.of(), null, Map.of()).query()).isEqualTo(new QuerySettings(8443, "/cpisquery", false));
        assertThat(QuerySettings.DEFAULT).isEqualTo(new QuerySettings(8443, "/cpisquery", false));
    }

    @Test
    void flagOverEnvironmentOverFile() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"),
                "query.port=9001\nquery.path=/file\nquery.http=on\n");
        Map<String, String> environment = Map.of("CPIS_QUERY_PORT", "9002", "CPIS_QUERY_PATH", "/env/query");

        assertThat(resolve(Map.of(), file, Map.of()).query()).isEqualTo(new QuerySettings(9001, "/file", true));
        assertThat(resolve(Map.of(), file, environment).query()).isEqualTo(new QuerySettings(9002, "/env/query", true));
        assertThat(resolve(Map.of(Setting.QUERY_PORT, "0", Setting.QUERY_HTTP, "false"), file, environment).query())
                .isEqualTo(new QuerySettings(0, "/env/query", false));
    }

    @Test
    void plainHttpIsTrueOnYesOrFalseOffNoInAnyCase() {
        assertThat(resolve(Map.of(Setting.QUERY_HTTP, "TRUE"), null, Map.of()).query().plainHttp()).isTrue();
        assertThat(resolve(Map.of(Setting.QUERY_HTTP, "Yes"), null, Map.of()).query().plainHttp()).isTrue();
        assertThat(resolve(Map.of(Setting.QUERY_HTTP, "off"), null, Map.of()).query().plainHttp()).isFalse();
        assertThat(resolve(Map.of(), null, Map.of("CPIS_QUERY_HTTP", "no")).query().plainHttp()).isFalse();
    }

    @Test
    void badValuesNameWhereTheyCameFrom() {
        assertThatThrownBy(() -> resolve(Map.of(), null, Map.of("CPIS_QUERY_PORT", "84x3")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable CPIS_QUERY_PORT: '84x3' is not a port number; use 1 to 65535, or 0"
                        + " for any free port");
        assertThatThrownBy(() -> resolve(Map.of(Setting.QUERY_PATH, "cpisquery"), null, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("flag --query-path: 'cpisquery' is not an endpoint path; use / and then letters, digits,"
                        + " '.', '_', '~' or '-', e.g. /cpisquery");
        assertThatThrownBy(() -> resolve(Map.of(Setting.QUERY_PATH, "/a b"), null, Map.of()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'/a b' is not an endpoint path");
        assertThatThrownBy(() -> resolve(Map.of(Setting.QUERY_HTTP, "maybe"), null, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("flag --query-http: 'maybe' is neither true nor false; use true or false");
    }
}
