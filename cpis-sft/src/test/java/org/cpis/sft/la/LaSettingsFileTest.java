package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.cpis.sft.la.settings.LacLegalStatuses.Verdict;
import org.cpis.sft.la.settings.LacSection;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LA settings file: every key checked, a problem names the file, the key and what to give. */
class LaSettingsFileTest {

    @TempDir
    Path temp;

    private LaFixture la() {
        return new LaFixture(temp, "2026-03-02T10:00:00Z");
    }

    @Test
    @DisplayName("The settings: the LA's details, the s31/s38/s20 mapping, mailboxes, defaults (15 hours, CP-SC017)")
    void reads() {
        LaSettings s = la().settings();

        assertThat(s.localAuthority().odsCode()).isEqualTo("X09");
        assertThat(s.localAuthority().emergencyDutyPhone()).isEqualTo("01632960001");
        assertThat(s.lacLegalStatuses().verdict("c1")).isEqualTo(Verdict.SENT);
        assertThat(s.lacLegalStatuses().section("V3")).contains(LacSection.S20);
        assertThat(s.lacLegalStatuses().verdict("L1")).isEqualTo(Verdict.NOT_SENT);
        assertThat(s.lacLegalStatuses().verdict("Q7")).isEqualTo(Verdict.UNKNOWN);
        assertThat(s.mesh().uploadWorkflowId()).isEqualTo("CPIS_UPLOAD");
        assertThat(s.mesh().ackWorkflowId()).isEqualTo("CPIS_UPLOAD_ACK");
        assertThat(s.mesh().accessWorkflowId()).isEqualTo("CPIS_ACCESS_TO_SERVICE");
        assertThat(s.resubmitAfter()).isEqualTo(Duration.ofHours(15));
        assertThat(s.stateFolder()).isEqualTo(temp.resolve("state").toAbsolutePath());
        assertThat(s.transportFolder()).isEqualTo(temp.resolve("mailbox").toAbsolutePath());
        assertThat(s.sendingEnabled()).isTrue();
    }

    @Test
    @DisplayName("The documented sample settings file is valid")
    void sampleIsValid() {
        Path sample = Path.of("..", "docs", "samples", "la-settings.properties");

        LaSettings s = LaSettingsFile.read(sample);

        assertThat(s.localAuthority().name()).isEqualTo("Exampleshire County Council");
    }

    @Test
    @DisplayName("Each problem names the key and what to give")
    void problems() {
        LaFixture la = la();
        la.settingsWith("la.ods_code=X09");
        assertThatThrownBy(la::settings).hasMessageStartingWith("CPIS-L003 ").hasMessageContaining("la.ods_code is not an LA setting");

        la.settingsWith("la.ods-code=");
        assertThatThrownBy(la::settings).hasMessageStartingWith("CPIS-L002 ").hasMessageContaining("la.ods-code is missing");

        la.settingsWith("la.emergency-duty-phone=call 999");
        assertThatThrownBy(la::settings).hasMessageContaining("la.emergency-duty-phone 'call 999' is not a telephone number");

        la.settingsWith("lac.s20=V2,C1");
        assertThatThrownBy(la::settings).hasMessageContaining("code 'C1' is also listed under lac.s31");

        la.settingsWith("upload.resubmit-after=soon");
        assertThatThrownBy(la::settings).hasMessageContaining("'soon' is not a duration: e.g. 15h, 90m or PT15H");

        la.settingsWith("upload.resubmit-after=90m");
        assertThat(la.settings().resubmitAfter()).isEqualTo(Duration.ofMinutes(90));

        la.settingsWith("sending.enabled=maybe");
        assertThatThrownBy(la::settings).hasMessageContaining("sending.enabled 'maybe' must be true or false");

        assertThatThrownBy(() -> LaSettingsFile.read(temp.resolve("nowhere.properties")))
                .hasMessageStartingWith("CPIS-L001 LA settings file").hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("The MESH API transport: address, credentials, keys, chunk size and compression, paths from the file's folder")
    void meshApiSettings() {
        LaFixture la = la();
        la.settingsWith("transport=mesh-api", "mesh.url=https://cpis.example.org:8444", "mesh.password=pw-123",
                "mesh.shared-secret=TestKey", "mesh.keystore=keys/x09.p12", "mesh.keystore-password=k",
                "mesh.trust-store=keys/ca.pem", "mesh.chunk-size=512KiB", "mesh.compress=false");

        LaSettings s = la.settings();

        assertThat(s.transport()).isEqualTo("mesh-api");
        assertThat(s.meshApi().baseUrl()).hasToString("https://cpis.example.org:8444");
        assertThat(s.meshApi().password()).isEqualTo("pw-123");
        assertThat(s.meshApi().sharedSecret()).isEqualTo("TestKey");
        assertThat(s.meshApi().keystore()).isEqualTo(temp.resolve("keys/x09.p12").toAbsolutePath());
        assertThat(s.meshApi().trustStore()).isEqualTo(temp.resolve("keys/ca.pem").toAbsolutePath());
        assertThat(s.meshApi().chunkBytes()).isEqualTo(512 * 1024);
        assertThat(s.meshApi().compress()).isFalse();
        assertThat(s.meshApi().toString()).as("no password in logs").doesNotContain("pw-123").doesNotContain("TestKey");

        la.settingsWith("transport=mesh-api", "mesh.url=https://cpis.example.org:8444", "mesh.password=pw-123",
                "mesh.shared-secret=TestKey", "mesh.keystore=keys/x09.p12", "mesh.keystore-password=k");
        assertThat(la.settings().meshApi().chunkBytes()).isEqualTo(20 * 1024 * 1024);
        assertThat(la.settings().meshApi().compress()).isTrue();
        assertThat(la.settings().meshApi().trustStore()).isNull();
    }

    @Test
    @DisplayName("MESH API settings problems name the key: missing credentials and keys, plain http off this computer, sizes")
    void meshApiProblems() {
        LaFixture la = la();
        String[] good = {"transport=mesh-api", "mesh.url=https://cpis.example.org:8444", "mesh.password=pw-123",
                "mesh.shared-secret=TestKey", "mesh.keystore=keys/x09.p12", "mesh.keystore-password=k"};

        la.settingsWith("transport=mesh");
        assertThatThrownBy(la::settings).hasMessageStartingWith("CPIS-L003 ")
                .hasMessageContaining("transport 'mesh' is not a transport: use folder").hasMessageContaining("mesh-api");

        la.settingsWith(without(good, "mesh.password"));
        assertThatThrownBy(la::settings).hasMessageStartingWith("CPIS-L002 ").hasMessageContaining("mesh.password is missing");

        la.settingsWith(without(good, "mesh.shared-secret"));
        assertThatThrownBy(la::settings).hasMessageContaining("mesh.shared-secret is missing");

        la.settingsWith(without(good, "mesh.keystore"));
        assertThatThrownBy(la::settings).hasMessageContaining("mesh.keystore is missing (the LA's MESH client certificate");

        la.settingsWith(without(good, "mesh.keystore-password"));
        assertThatThrownBy(la::settings).hasMessageContaining("mesh.keystore-password is missing");

        la.settingsWith(with(good, "mesh.url=http://cpis.example.org:8444"));
        assertThatThrownBy(la::settings).hasMessageStartingWith("CPIS-L003 ")
                .hasMessageContaining("plain http is only for a demo MESH door on this computer");

        la.settingsWith(with(good, "mesh.url=ftp://cpis.example.org"));
        assertThatThrownBy(la::settings).hasMessageContaining("is not an https address with a host");

        la.settingsWith(with(good, "mesh.chunk-size=lots"));
        assertThatThrownBy(la::settings).hasMessageContaining("mesh.chunk-size 'lots' is not a size from 1KiB to 100MiB");

        la.settingsWith(with(good, "mesh.chunk-size=200MiB"));
        assertThatThrownBy(la::settings).hasMessageContaining("mesh.chunk-size '200MiB' is not a size");

        la.settingsWith("transport=mesh-api", "mesh.url=http://127.0.0.1:8444", "mesh.password=pw-123",
                "mesh.shared-secret=TestKey");
        assertThat(la.settings().meshApi().plainHttp()).as("a demo door on this computer needs no keys").isTrue();
    }

    private static String[] without(String[] lines, String key) {
        return java.util.Arrays.stream(lines).filter(l -> !l.startsWith(key + "=")).toArray(String[]::new);
    }

    private static String[] with(String[] lines, String line) {
        String key = line.substring(0, line.indexOf('='));
        return java.util.stream.Stream.concat(java.util.Arrays.stream(without(lines, key)), java.util.stream.Stream.of(line))
                .toArray(String[]::new);
    }
}
