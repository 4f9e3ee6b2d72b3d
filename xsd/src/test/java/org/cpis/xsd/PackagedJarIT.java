package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Runs after packaging (failsafe, integration-test phase), when the module's own classpath entry
 * is the built cpis-xsd jar: every entry schema compiles from jar:file: URLs with the hardened
 * factory and a sample validates against it.
 */
class PackagedJarIT {

    @Test
    void entrySchemasCompileFromTheModuleJar() {
        URL probe = getClass().getResource("/xsd/REPC_MT000002GB01.xsd");
        assertThat(probe).isNotNull();
        assertThat(probe.getProtocol()).as("the schemas come from the packaged jar: %s", probe).isEqualTo("jar");
        for (RootCatalogue.Row row : RootCatalogue.load().rows()) {
            URL url = getClass().getResource("/xsd/" + row.entrySchema());
            assertThat(url).as(row.entrySchema()).isNotNull();
            assertThat(Xsd.compile(url)).as(row.entrySchema()).isNotNull();
        }
        Path sample = Xsd.samples("valid").get(0);
        assertThat(Xsd.validateByRoot(sample, entry -> Xsd.compile(getClass().getResource("/xsd/" + entry)))).isEmpty();
    }
}
