package se.kontaktman.plan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.plan.casefile.CaseFileProjection.FindCaseFileQuery;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.DeviceCheck;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceCheckedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRegisteredEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDevicesToBeReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryRecordedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.support.PlanServiceTest;

/**
 * The file's view against the embedded Mongo server: an event applied again, or an older one
 * arriving after a newer, changes nothing (each update is conditional on the event's sequence).
 */
class CaseFileProjectionTest extends PlanServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);

    @Autowired
    CaseFileProjection projection;

    @Autowired
    MongoTemplate mongo;

    @Test
    void replayedAndLateEventsChangeNothing() {
        String caseId = UUID.randomUUID().toString();
        String rollator = UUID.randomUUID().toString();
        String chair = UUID.randomUUID().toString();
        Runnable history = () -> {
            projection.on(new AssistiveDeviceRegisteredEvent(caseId, "g", rollator, DAY, "anna", "c-1"), 5);
            projection.on(new AssistiveDeviceRegisteredEvent(caseId, "g", chair, DAY, "anna", "c-2"), 6);
            projection.on(new AssistiveDeviceCheckedEvent(caseId, "g", rollator, DAY, DeviceCheck.FUNCTION, true,
                    "bertil", "c-3"), 7);
            projection.on(new FundsEntryRecordedEvent(caseId, "g", "e-1", DAY, 10000, 10000, null, true, "anna",
                    "c-4"), 8);
            projection.on(new CasePlanClosedEvent(caseId, "f-closed", "g", DAY.plusDays(30)), 9);
            projection.on(new AssistiveDevicesToBeReturnedEvent(caseId, "g", DAY.plusDays(30),
                    List.of(rollator, chair)), 10);
            projection.on(new AssistiveDeviceReturnedEvent(caseId, "g", rollator, DAY.plusDays(31),
                    ReturnedBy.RELATIVES, "anna"), 11);
        };
        history.run();
        CaseFileView once = projection.handle(new FindCaseFileQuery(caseId)).orElseThrow();

        history.run();
        projection.on(new AssistiveDeviceCheckedEvent(caseId, "g", rollator, DAY, DeviceCheck.CLEANING, true,
                "bertil", "c-late"), 7);
        CaseFileView again = projection.handle(new FindCaseFileQuery(caseId)).orElseThrow();

        assertThat(again).isEqualTo(once);
        assertThat(once.devices()).hasSize(2).allMatch(CaseFileView.Device::toBeReturnedByRelatives);
        assertThat(once.devices().get(0).returnedOn()).isEqualTo(DAY.plusDays(31));
        assertThat(once.devices().get(1).returnedOn()).isNull();
        assertThat(once.deviceChecks()).hasSize(1);
        assertThat(once.fundsEntries()).hasSize(1);
        assertThat(once.closedOn()).isEqualTo(DAY.plusDays(30));
    }
}
