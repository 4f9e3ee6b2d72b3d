package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The samples use test data only: every NHS number is in the 999 000 0000 - 999 999 9999 test
 * range and passes the Modulus 11 check; every UUID is upper-case.
 */
class SampleDataTest {

    private static final String NHS_NUMBER_OID = "2.16.840.1.113883.2.1.4.1";

    @Test
    void everyNhsNumberIsAValidTestNumber() {
        List<String> numbers = new ArrayList<>();
        allSamples().forEach(p -> numbers.addAll(nhsNumbers(p)));
        assertThat(numbers).hasSizeGreaterThan(20);
        assertThat(numbers).allSatisfy(n -> {
            assertThat(n).matches("999[0-9]{7}");
            assertThat(modulus11(n)).as("Modulus 11 of %s", n).isTrue();
        });
    }

    @Test
    void theModulus11CheckItselfWorks() {
        assertThat(modulus11("9990000018")).isTrue();
        assertThat(modulus11("9990000069")).isTrue();
        assertThat(modulus11("9990000019")).isFalse();
    }

    static Stream<Path> allSamples() {
        return Stream.of("valid", "invalid", "soap").flatMap(f -> Xsd.samples(f).stream());
    }

    /** NHS numbers: ids with the NHS number root, person.NHSnumber values and newVersion ids. */
    private static List<String> nhsNumbers(Path sample) {
        List<String> found = new ArrayList<>();
        NodeList all = Xsd.parse(sample).getElementsByTagNameNS(Xsd.HL7, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            Element parent = e.getParentNode() instanceof Element p ? p : null;
            String parentName = parent == null ? "" : parent.getLocalName();
            boolean nhsRoot = NHS_NUMBER_OID.equals(e.getAttribute("root"));
            boolean extensionOnlyNhs = !e.hasAttribute("root")
                    && (parentName.equals("person.NHSnumber") || parentName.equals("newVersion"));
            if ((nhsRoot || extensionOnlyNhs) && e.hasAttribute("extension")) {
                found.add(e.getAttribute("extension"));
            }
        }
        return found;
    }

    static boolean modulus11(String n) {
        if (!n.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (n.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == n.charAt(9) - '0';
    }
}
