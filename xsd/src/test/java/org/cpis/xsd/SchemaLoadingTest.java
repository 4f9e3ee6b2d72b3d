package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema compiles on its own under the hardened factory, from the file system, from the
 * classpath (target/classes) and from inside a jar; schemas reference only sibling files.
 */
class SchemaLoadingTest {

    private static final Pattern SCHEMA_LOCATION = Pattern.compile("schemaLocation=\"([^\"]*)\"");

    static Stream<Path> allSchemas() {
        return Xsd.schemaFiles().stream();
    }

    static Stream<String> entrySchemas() {
        return RootCatalogue.load().rows().stream().map(RootCatalogue.Row::entrySchema).distinct();
    }

    @Test
    void theModuleHasTheExpectedSchemaSet() {
        assertThat(Xsd.schemaFiles()).extracting(p -> p.getFileName().toString()).contains(
                "datatypes.xsd", "vocabulary.xsd", "npfit-localisation.xsd", "cpis-common.xsd", "tms-common.xsd",
                "COCT_TP145100GB01.xsd", "COCT_TP145101GB01.xsd", "COCT_TP145102GB01.xsd",
                "COCT_TP145103GB01.xsd", "COCT_TP145104GB01.xsd",
                "COCT_TP146100GB01.xsd", "COCT_TP146101GB01.xsd", "COCT_TP146102GB01.xsd",
                "COCT_TP146103GB01.xsd", "COCT_TP146104GB01.xsd", "COCT_TP146105GB01.xsd",
                "NPFIT-100017.xsd", "NPFIT-100018.xsd", "NPFIT-100035.xsd", "NPFIT-100036.xsd", "NPFIT-100037.xsd",
                "REPC_MT000002GB01.xsd", "REPC_MT000003GB01.xsd", "QUPC_MT000006GB01.xsd",
                "REPC_MT000007GB01.xsd", "REPC_MT000004GB01.xsd", "REPC_MT000005GB01.xsd",
                "MCCI_MT010101UK12.xsd", "MCCI_MT020101UK12.xsd", "QUQI_MT050000UK01.xsd",
                "QUQI_MT030101UK03.xsd", "MCAI_MT040101UK03.xsd",
                "QUPC_IN000006GB01.xsd", "REPC_IN000007GB01.xsd", "QUQI_IN010000UK14.xsd", "MCCI_IN010000UK13.xsd",
                "spine-query-response-envelope.xsd", "spine-soap-header.xsd", "ws-addressing-2004-08.xsd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void compilesAloneFromTheFileSystem(Path schema) {
        assertThat(Xsd.compile(schema)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void referencesOnlySiblingFiles(Path schema) throws IOException {
        String text = Files.readString(schema);
        Matcher m = SCHEMA_LOCATION.matcher(text);
        List<String> locations = new ArrayList<>();
        while (m.find()) {
            locations.add(m.group(1));
        }
        assertThat(locations).allSatisfy(location -> {
            assertThat(location).doesNotContain(":").doesNotContain("/").doesNotContain("\\");
            assertThat(Xsd.moduleDir().resolve(location)).exists();
        });
        assertThat(text).doesNotContain("<xs:redefine").doesNotContain("xsi:schemaLocation")
                .doesNotContain("<!DOCTYPE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entrySchemas")
    void entrySchemaCompilesFromTheClasspath(String entry) {
        URL url = getClass().getResource("/xsd/" + entry);
        assertThat(url).as("/xsd/%s on the classpath", entry).isNotNull();
        assertThat(Xsd.compile(url)).isNotNull();
    }

    @Test
    void everyEntrySchemaCompilesFromInsideAJar(@TempDir Path tmp) throws Exception {
        Path classes = Xsd.moduleDir().resolve("target/classes/xsd");
        assertThat(classes).as("packaged resources (run through Maven)").isDirectory();
        Path jar = tmp.resolve("cpis-xsd-test.jar");
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jos = new JarOutputStream(out);
             Stream<Path> files = Files.list(classes)) {
            for (Path f : files.sorted().toList()) {
                jos.putNextEntry(new JarEntry("xsd/" + f.getFileName()));
                jos.write(Files.readAllBytes(f));
                jos.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<String> entries = entrySchemas().toList();
            assertThat(entries).isNotEmpty();
            for (String entry : entries) {
                URL url = loader.getResource("xsd/" + entry);
                assertThat(url).as(entry).isNotNull();
                assertThat(url.getProtocol()).isEqualTo("jar");
                assertThat(Xsd.compile(url)).as(entry).isNotNull();
            }
            // and a sample validates against a schema loaded from the jar
            URL fileSchema = loader.getResource("xsd/REPC_MT000002GB01.xsd");
            Path sample = Xsd.samples("valid").stream()
                    .filter(p -> p.getFileName().toString().startsWith("REPC_MT000002GB01_01")).findFirst().orElseThrow();
            assertThat(Xsd.validate(Xsd.compile(fileSchema), Xsd.saxSource(sample))).isEmpty();
        }
    }

    @Test
    void theHardenedFactoryRefusesANetworkReference(@TempDir Path tmp) throws IOException {
        Path schema = tmp.resolve("remote.xsd");
        Files.writeString(schema, """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example">
                  <xs:import namespace="urn:hl7-org:v3" schemaLocation="http://example.invalid/datatypes.xsd"/>
                  <xs:element name="x" type="xs:string"/>
                </xs:schema>
                """);
        assertThatThrownBy(() -> Xsd.compile(new StreamSource(schema.toFile())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("http");
    }
}
