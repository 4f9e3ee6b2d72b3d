package org.cpis.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SoapFaultCodeTest {

    @Test
    void everyCodeIsNumberedOnceAndDocumentedWithItsTmsCodeAndLocation() throws IOException {
        String codes = Files.readString(Path.of("../docs/CODES.md"));

        assertThat(Arrays.stream(SoapFaultCode.values()).map(SoapFaultCode::code))
                .allMatch(code -> code.matches("CPIS-S\\d{3}")).doesNotHaveDuplicates();
        for (SoapFaultCode code : SoapFaultCode.values()) {
            String row = "| " + code.code() + " | " + code.tmsErrorCode() + " | "
                    + (code.location().isEmpty() ? "(empty)" : "`" + code.location() + "`") + " |";
            assertThat(codes).as(code.name()).contains(row);
        }
    }

    @Test
    void onlyCpisOwnFailureIsTheServersFault() {
        assertThat(Arrays.stream(SoapFaultCode.values()).filter(c -> !c.isClientFault()))
                .containsExactly(SoapFaultCode.SYSTEM_FAILURE);
        assertThat(SoapFaultCode.UNKNOWN_ACTION.tmsErrorCode()).isEqualTo("101");
        assertThat(SoapFaultCode.UNKNOWN_ACTION.location()).isEqualTo("HTTP Header - SOAPAction");
    }
}
