package se.kontaktman.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;

/** Who has read a client's personal data, or tried to: for the area manager who answers for the case or the staff member. */
@RestController
class AuditController {

    private static final String CSV = "text/csv";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final ReadAudit audit;

    AuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @Access(rule = "audit-by-area-manager", value = Who.MANAGER_OF_CASE)
    @GetMapping(path = "/audit/cases/{caseId}/reads", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReadAudit.Entry> reads(@PathVariable String caseId) {
        return audit.ofCase(Ids.requireCaseId(caseId));
    }

    @Access(rule = "audit-by-area-manager", value = Who.MANAGER_OF_CASE)
    @GetMapping(path = "/audit/cases/{caseId}/reads", produces = CSV)
    ResponseEntity<byte[]> readsCsv(@PathVariable String caseId) {
        return csv(audit.ofCase(Ids.requireCaseId(caseId)), "lasloggning-" + caseId + ".csv");
    }

    /**
     * What a staff member has read or tried to, every case and every list: also the refused
     * attempts at a list, which name no case. For the manager of their area.
     */
    @Access(rule = "audit-by-area-manager", value = Who.MANAGER_OF_STAFF)
    @GetMapping(path = "/audit/staff/{staffId}/reads", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReadAudit.Entry> readsBy(@PathVariable String staffId) {
        return audit.byStaffMember(Ids.require("staffId", staffId));
    }

    @Access(rule = "audit-by-area-manager", value = Who.MANAGER_OF_STAFF)
    @GetMapping(path = "/audit/staff/{staffId}/reads", produces = CSV)
    ResponseEntity<byte[]> readsByCsv(@PathVariable String staffId) {
        return csv(audit.byStaffMember(Ids.require("staffId", staffId)), "lasloggning-" + staffId + ".csv");
    }

    /** For Swedish Excel: semicolons, UTF-8 with a byte-order mark, Swedish headings, local time. */
    private static ResponseEntity<byte[]> csv(List<ReadAudit.Entry> entries, String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader("Tidpunkt", "Personal", "Ärende", "Gällde", "Uppgifter", "Via", "Utfall", "Regel").get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (ReadAudit.Entry entry : entries) {
                csv.printRecord(LOCAL_TIME.format(entry.at()), entry.staffId(), orEmpty(entry.caseId()),
                        orEmpty(entry.about()), entry.data().stream().map(Enum::name).collect(Collectors.joining(", ")),
                        entry.endpoint(), entry.outcome() == ReadAudit.Outcome.READ ? "läst" : "nekad",
                        orEmpty(entry.rule()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(bytes.toByteArray());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
