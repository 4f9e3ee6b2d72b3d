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
}
