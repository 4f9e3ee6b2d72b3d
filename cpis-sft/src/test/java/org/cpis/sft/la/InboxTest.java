package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.id;
import static org.cpis.core.testing.Fixtures.midwife;
import static org.cpis.core.testing.Fixtures.nurse;
import static org.cpis.core.testing.Fixtures.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.inbox.MessageView;
import org.cpis.sft.la.state.ReceivedEntry.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What comes back (CP-SC019-024): real notifications, encoded by the gateway's codecs, delivered into the mailbox's
 * IN folder and read by {@code cpis la inbox}.
 */
class InboxTest {

    private static final Organisation X09 = new Organisation(OdsCode.of("X09"), "Exampleshire County Council");
    private static final ExportRow AMY = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");
    private static final ExportRow BEN = ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1");

    @TempDir
    Path temp;

    private LaFixture la;

    @BeforeEach
    void anLaThatSentTwoChildren() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.build(AMY, BEN);
        la.client().send();
    }

    private static AccessEvent access(int n, String nhs, String at, org.cpis.core.model.QueryAuthor who) {
        return new AccessEvent(id(n), NhsNumber.of(nhs), Instant.parse(at), Instant.parse(at), who);
    }

    @Test
    @DisplayName("CP-SC019, CP-SC021: an Access to Service Notification shows who, role, where and when per child with the local id, most recent first")
    void accessToService() {
        AccessToServiceNotification n = new AccessToServiceNotification(id(100), Instant.parse("2026-03-02T02:00:00Z"),
                X09, null, null, List.of(
                new ChildAccesses(NhsNumber.of(NHS_A), "1001", "1",
                        List.of(access(1, NHS_A, "2026-03-01T21:15:00Z", nurse("555000000101")),
                                access(2, NHS_A, "2026-03-01T08:05:00Z", system("200000000123")))),
                new ChildAccesses(NhsNumber.of(NHS_B), null, "1",
                        List.of(access(3, NHS_B, "2026-03-01T14:30:00Z", midwife("555000000102"))))));
        la.deliver("ATS1", "CPIS_ACCESS_TO_SERVICE", new AccessToServiceNotificationCodec().encode(n));

        InboxResult result = la.client().inbox(false);

        assertThat(result.received()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MessageKind.ACCESS_TO_SERVICE);
            assertThat(e.summary()).isEqualTo("Access to Service Notification of 02/03/2026 02:00:00: 3 accesses to 2 children");
        });
        MessageView view = la.client().messages(result.received()).get(0);
        assertThat(view).isInstanceOfSatisfying(MessageView.AccessToService.class, ats -> {
            assertThat(ats.accesses()).extracting(MessageView.AccessLine::when).containsExactly(
                    Instant.parse("2026-03-01T21:15:00Z"), Instant.parse("2026-03-01T14:30:00Z"),
                    Instant.parse("2026-03-01T08:05:00Z"));
            MessageView.AccessLine first = ats.accesses().get(0);
            assertThat(first.localId()).isEqualTo("1001");
            assertThat(first.who()).isEqualTo("Ms Nia Nurse555000000101");
            assertThat(first.role()).isEqualTo("Nurse");
            assertThat(first.where()).isEqualTo("Example Hospitals NHS Trust (RX1)");
            assertThat(ats.accesses().get(1).localId()).as("not sent back: found by the NHS number sent").isEqualTo("1002");
            assertThat(ats.accesses().get(2).who()).isEqualTo("Sam Supervisor");
            assertThat(ats.accesses().get(2).role()).isEqualTo("General Medical Practitioner");
            assertThat(ats.accesses().get(2).where()).isEqualTo("Example Ambulance Service (RX9)");
        });
    }

    @Test
    @DisplayName("CP-IS025, CP-SC021: an empty Access to Service Notification says nobody looked")
    void emptyAccessToService() {
        la.deliver("ATS0", "CPIS_ACCESS_TO_SERVICE", new AccessToServiceNotificationCodec().encode(
                new AccessToServiceNotification(id(101), Instant.parse("2026-03-02T02:00:00Z"), X09, null, null, List.of())));

        InboxResult result = la.client().inbox(false);

        assertThat(result.received().get(0).summary()).endsWith(": no accesses");
        assertThat(la.client().messages(result.received())).singleElement()
                .isInstanceOfSatisfying(MessageView.AccessToService.class, ats -> assertThat(ats.accesses()).isEmpty());
    }

    private void inactiveNumberForAmy() {
        la.deliver("INN1", "CPIS_INACTIVE_NHS_NUMBERS", new InactiveNhsNumberNotificationCodec().encode(
                new InactiveNhsNumberNotification(id(200), Instant.parse("2026-03-02T03:00:00Z"), X09, List.of(
                        new InactiveSubject(NhsNumber.of(NHS_A), "1001", NhsNumber.of(NHS_D), "1"),
                        new InactiveSubject(NhsNumber.of(NHS_B), null, null, "1")))));
    }

    @Test
    @DisplayName("CP-SC022: an Inactive NHS Number Notification shows the old and new numbers with the child's local id")
    void inactiveNumbers() {
        inactiveNumberForAmy();

        InboxResult result = la.client().inbox(false);

        assertThat(la.client().messages(result.received())).singleElement()
                .isInstanceOfSatisfying(MessageView.InactiveNumbers.class, inn -> {
                    assertThat(inn.numbers()).hasSize(2);
                    assertThat(inn.numbers().get(0)).isEqualTo(new MessageView.InactiveLine("1001", NHS_A, NHS_D, "1", false));
                    assertThat(inn.numbers().get(1)).as("no new number known; local id from what was sent")
                            .isEqualTo(new MessageView.InactiveLine("1002", NHS_B, null, "1", false));
                });
        assertThat(la.build(AMY, BEN).files()).as("without --update-numbers nothing changes").isEmpty();
    }

    @Test
    @DisplayName("CP-SC023, CP-SC024: with --update-numbers the next build sends the child under its new number; the inactive one is left alone")
    void updateNumbersAndResubmit() {
        inactiveNumberForAmy();
        InboxResult result = la.client().inbox(true);
        assertThat(result.received().get(0).summary()).endsWith("2 numbers, 1 replaced for the next build");

        BuildReport next = la.build(AMY, BEN);

        List<UploadRecord> records = la.onlyFileRecords(next);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("1001");
            assertThat(r.nhsNumber()).isEqualTo(NHS_D);
            assertThat(r.plans()).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(PlanType.CPP));
        });
        assertThat(next.findings()).anySatisfy(f -> assertThat(f.describe()).isEqualTo("CPIS-L034 Sending NHS number"
                + " 999 000 0042 for child 1001 instead of 999 000 0018, which CP-IS says is no longer active: update the"
                + " case-management system"));
        assertThat(la.build(AMY, BEN).files()).as("once").isEmpty();
        assertThat(la.build(AMY.with("nhs_number", NHS_D), BEN).files()).as("the case-management system caught up").isEmpty();
        assertThat(la.savedState().numberChange("1001")).isEmpty();
    }

    @Test
    @DisplayName("Messages of other workflows are left in the mailbox for their applications")
    void otherWorkflowsLeftAlone() {
        la.deliver("OTHER1", "GP2GP_SOMETHING", "<x/>".getBytes());

        InboxResult result = la.client().inbox(false);

        assertThat(result.received()).isEmpty();
        assertThat(result.leftAlone()).isEqualTo(1);
        assertThat(la.mailbox.resolve("IN").resolve("OTHER1.dat")).exists();
    }

    @Test
    @DisplayName("A message that cannot be read is kept, reported (CPIS-L012) and taken out of the inbox")
    void unreadableMessage() {
        la.deliver("BAD1", "CPIS_ACCESS_TO_SERVICE", "<not-a-notification/>".getBytes());

        InboxResult result = la.client().inbox(false);

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.describe()).startsWith("CPIS-L012 Message BAD1"));
        assertThat(result.received()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(MessageKind.UNREADABLE));
        assertThat(la.state().resolve("received").resolve("BAD1.xml")).exists();
        assertThat(la.mailbox.resolve("IN")).isEmptyDirectory();
    }

    @Test
    @DisplayName("A message taken before a crash stopped its acknowledgement is recognised and applied once")
    void downloadedTwiceAppliedOnce() throws Exception {
        byte[] ats = new AccessToServiceNotificationCodec().encode(
                new AccessToServiceNotification(id(102), Instant.parse("2026-03-02T02:00:00Z"), X09, null, null, List.of()));
        la.deliver("ATS2", "CPIS_ACCESS_TO_SERVICE", ats);
        la.client().inbox(false);
        la.deliver("ATS2", "CPIS_ACCESS_TO_SERVICE", ats);

        InboxResult again = la.client().inbox(false);

        assertThat(again.received()).isEmpty();
        assertThat(la.mailbox.resolve("IN")).isEmptyDirectory();
        assertThat(la.savedState().messages()).hasSize(1);
    }

    @Test
    @DisplayName("A MESH report about a file this LA sent (e.g. not collected, code 14) is listed as a transport report")
    void transportReport() throws Exception {
        LaFixture.write(la.mailbox.resolve("IN").resolve("REP1.ctl"), "<DTSControl><Version>1.0</Version>"
                + "<AddressType>DTS</AddressType><MessageType>Report</MessageType><WorkflowId>CPIS_UPLOAD</WorkflowId>"
                + "<From_DTS>X09OT001</From_DTS><To_DTS>CPISHUB1</To_DTS><LocalId>CPIS_X09_00000001</LocalId>"
                + "<DTSId>REP1</DTSId><StatusRecord><DateTime>20260307100000</DateTime><Event>SEND</Event>"
                + "<Status>ERROR</Status><StatusCode>14</StatusCode><Description>Message not collected by recipient"
                + " after 5 days</Description></StatusRecord></DTSControl>");

        InboxResult result = la.client().inbox(false);

        assertThat(result.received()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MessageKind.TRANSPORT_REPORT);
            assertThat(e.summary()).isEqualTo("MESH report about CPIS_X09_00000001: 14 Message not collected by"
                    + " recipient after 5 days");
        });
        assertThat(Files.exists(la.mailbox.resolve("IN").resolve("REP1.ctl"))).isFalse();
    }
}
