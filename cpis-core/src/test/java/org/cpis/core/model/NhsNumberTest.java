package org.cpis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "9000000009", "9111231114", "9990000018", "9990000069"})
    @DisplayName("CP-SC002 CP-IS002: ten digits passing Modulus 11 are NHS numbers")
    void validNumbers(String text) {
        assertThat(NhsNumber.isValid(text)).isTrue();
        assertThat(NhsNumber.of(text).value()).isEqualTo(text);
    }

    @Test
    @DisplayName("CP-SC002: the NHS's own syntax example 9876544321 fails Modulus 11")
    void syntaxExampleFailsCheckDigit() {
        assertThat(NhsNumber.problemWith("9876544321")).isEqualTo(ValueError.NHS_NUMBER_CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9990000000", "9990000140", "9990000280"})
    @DisplayName("CP-SC002: a number whose check digit would be 10 is never valid")
    void checkDigitTenIsInvalid(String prefixWithAnyDigit) {
        for (int d = 0; d <= 9; d++) {
            String candidate = prefixWithAnyDigit.substring(0, 9) + d;
            assertThat(NhsNumber.isValid(candidate)).as(candidate).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JRDAN269", "999000001", "99900000188", "99900A0018", "", "   "})
    @DisplayName("CP-IS002: only new-style (10 digit) NHS numbers are supported")
    void oldStyleOrWrongLength(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("CPIS-V00");
    }

    @Test
    void spacedFormIsAcceptedAndDisplayed() {
        NhsNumber n = NhsNumber.of("999 000 0018");
        assertThat(n.value()).isEqualTo("9990000018");
        assertThat(n.spaced()).isEqualTo("999 000 0018");
    }

    @Test
    void errorNamesCodeAndValue() {
        assertThatThrownBy(() -> NhsNumber.of("9990000019"))
                .hasMessage("CPIS-V003 NHS number fails the Modulus 11 check digit (got '9990000019')");
    }
}
