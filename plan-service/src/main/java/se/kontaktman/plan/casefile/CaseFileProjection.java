package se.kontaktman.plan.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import se.kontaktman.plan.casefile.CaseFileView.Activity;
import se.kontaktman.plan.casefile.CaseFileView.Assessment;
import se.kontaktman.plan.casefile.CaseFileView.Check;
import se.kontaktman.plan.casefile.CaseFileView.Closing;
import se.kontaktman.plan.casefile.CaseFileView.Contact;
import se.kontaktman.plan.casefile.CaseFileView.Device;
import se.kontaktman.plan.casefile.CaseFileView.Entry;
import se.kontaktman.plan.casefile.CaseFileView.Informing;
import se.kontaktman.plan.casefile.CaseFileView.LedgerClosure;
import se.kontaktman.plan.casefile.CaseFileView.Member;
import se.kontaktman.plan.casefile.CaseFileView.Request;
import se.kontaktman.plan.casefile.CaseFileView.Review;
import se.kontaktman.plan.casefile.CaseFileView.Signature;
import se.kontaktman.plan.casefile.CaseFileView.Visit;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceCheckedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRegisteredEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceRequestedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDeviceReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.AssistiveDevicesToBeReturnedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityAttendedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.DailyActivityVisitLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.EmergencyInformationReviewedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FeedbackInformationGivenEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryCountersignedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsEntryRecordedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsHandedOverEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsLedgerClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.FundsMonthClosedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkContactLoggedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberAddedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.NetworkMemberEndedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.RisksAssessedEvent;
import se.kontaktman.plan.caseplan.api.CaseFileEvents.SignatureAddedEvent;
import se.kontaktman.plan.caseplan.api.CasePlanEvents.CasePlanClosedEvent;
import se.kontaktman.plan.content.PlanContents;
import se.kontaktman.plan.content.PlanContents.Kind;
import se.kontaktman.platform.mongo.VersionedView;

/**
 * Keeps {@link CaseFileView} in the unit of work that stores the events, one conditional update
 * per event (a replay changes nothing), and destroys the working material when the case closes
 * (H9): "Information vid akutbesök" and its text.
 */
@Component
@ProcessingGroup(CaseFileProjection.PROCESSING_GROUP)
class CaseFileProjection {

    static final String PROCESSING_GROUP = "case-file-view";

    private final MongoTemplate mongo;
    private final VersionedView files;
    private final PlanContents contents;

    CaseFileProjection(MongoTemplate mongo, PlanContents contents) {
        this.mongo = mongo;
        this.files = new VersionedView(mongo, CaseFileView.class);
        this.contents = contents;
    }

    @EventHandler
    void on(RisksAssessedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("riskAssessments",
                new Assessment(e.assessment(), e.assessedOn(), e.assessedBy(), e.contentId())));
    }

    @EventHandler
    void on(AssistiveDeviceRegisteredEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("devices", new Device(e.deviceId(), e.receivedOn(),
                e.registeredBy(), e.contentId(), null, null, null, false)));
    }

    @EventHandler
    void on(AssistiveDeviceCheckedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("deviceChecks", new Check(e.deviceId(), e.checkedOn(),
                e.check(), e.inOrder(), e.signedBy(), e.contentId())));
    }

    @EventHandler
    void on(AssistiveDeviceReturnedEvent e, @SequenceNumber long sequence) {
        files.updateElement(e.caseId(), sequence, where("devices.deviceId").is(e.deviceId()), new Update()
                .set("devices.$.returnedOn", e.returnedOn())
                .set("devices.$.returnedBy", e.returnedBy())
                .set("devices.$.returnRecordedBy", e.recordedBy()));
    }

    /** H8: each device named is marked; one event, so one update per device with the same sequence. */
    @EventHandler
    void on(AssistiveDevicesToBeReturnedEvent e, @SequenceNumber long sequence) {
        for (String deviceId : e.deviceIds()) {
            mongo.updateFirst(Query.query(where("_id").is(e.caseId()).and("devices.deviceId").is(deviceId)),
                    new Update().set("devices.$.toBeReturnedByRelatives", true), CaseFileView.class);
        }
    }

    @EventHandler
    void on(AssistiveDeviceRequestedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("deviceRequests", new Request(e.requestId(),
                e.requestedOn(), e.requestedBy(), e.contentId())));
    }

    @EventHandler
    void on(NetworkMemberAddedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("network", new Member(e.memberId(), e.addedOn(),
                e.addedBy(), e.contentId(), null)));
    }

    @EventHandler
    void on(NetworkMemberEndedEvent e, @SequenceNumber long sequence) {
        files.updateElement(e.caseId(), sequence, where("network.memberId").is(e.memberId()),
                new Update().set("network.$.endedOn", e.endedOn()));
    }

    @EventHandler
    void on(NetworkContactLoggedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("networkContacts", new Contact(e.contactId(),
                e.memberId(), e.contactedOn(), e.loggedBy(), e.contentId())));
    }

    @EventHandler
    void on(DailyActivityAttendedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("dailyActivities", new Activity(e.activityId(),
                e.since(), e.recordedBy(), e.contentId())));
    }

    @EventHandler
    void on(DailyActivityVisitLoggedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("activityVisits", new Visit(e.visitId(),
                e.activityId(), e.visitedOn(), e.loggedBy(), e.contentId())));
    }

    @EventHandler
    void on(SignatureAddedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("signatures", new Signature(e.staffId(), e.initials(),
                e.addedOn(), e.addedBy())));
    }

    /** The page is kept current: a review replaces the one before, whose text is working material too. */
    @EventHandler
    void on(EmergencyInformationReviewedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().set("emergencyInformation",
                new Review(e.reviewedOn(), e.reviewedBy(), e.contentId())));
    }

    @EventHandler
    void on(FundsEntryRecordedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("fundsEntries", new Entry(e.entryId(), e.enteredOn(),
                e.amountOre(), e.balanceOre(), e.corrects(), e.needsCountersignature(), e.signedBy(), null, null,
                e.contentId())));
    }

    @EventHandler
    void on(FundsEntryCountersignedEvent e, @SequenceNumber long sequence) {
        files.updateElement(e.caseId(), sequence, where("fundsEntries.entryId").is(e.entryId()), new Update()
                .set("fundsEntries.$.countersignedOn", e.countersignedOn())
                .set("fundsEntries.$.countersignedBy", e.countersignedBy()));
    }

    @EventHandler
    void on(FundsMonthClosedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("monthClosings", new Closing(e.monthStart(),
                e.countedOn(), e.balanceOre(), e.countedOre(), e.countedBy(), e.contentId())));
    }

    @EventHandler
    void on(FundsLedgerClosedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().set("ledgerClosure",
                new LedgerClosure(e.closedOn(), e.balanceOre(), null, null, null)));
    }

    @EventHandler
    void on(FundsHandedOverEvent e, @SequenceNumber long sequence) {
        files.update(e.caseId(), sequence, new Update()
                .set("ledgerClosure.handedOverOn", e.handedOverOn())
                .set("ledgerClosure.recordedBy", e.recordedBy())
                .set("ledgerClosure.contentId", e.contentId()));
    }

    @EventHandler
    void on(FeedbackInformationGivenEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().push("feedbackInformation", new Informing(e.informedOn(),
                e.informedBy(), e.contentId())));
    }

    /** H9: "Information vid akutbesök" is working material: destroyed with the case's closure. */
    @EventHandler
    void on(CasePlanClosedEvent e, @SequenceNumber long sequence) {
        files.upsert(e.caseId(), sequence, new Update().set("closedOn", e.closedOn()).unset("emergencyInformation"));
        contents.erase(e.caseId(), Kind.EMERGENCY_INFORMATION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CaseFileView.class);
    }

    @QueryHandler
    Optional<CaseFileView> handle(FindCaseFileQuery query) {
        return Optional.ofNullable(mongo.findById(query.caseId(), CaseFileView.class));
    }

    /** The contact person's file of a case. */
    record FindCaseFileQuery(String caseId) {
    }
}
