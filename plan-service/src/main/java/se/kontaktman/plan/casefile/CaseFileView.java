package se.kontaktman.plan.casefile;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.DeviceCheck;
import se.kontaktman.plan.caseplan.api.CaseFileCommands.ReturnedBy;

/**
 * The contact person's file of a case as kept for reading: dates, staff ids, amounts and the ids
 * of the texts, which are in the content store. Lists are absent until their first entry.
 */
@Document("case_files")
record CaseFileView(@Id String caseId, long version, List<Assessment> riskAssessments, List<Device> devices,
                    List<Check> deviceChecks, List<Request> deviceRequests, List<Member> network,
                    List<Contact> networkContacts, List<Activity> dailyActivities, List<Visit> activityVisits,
                    List<Signature> signatures, Review emergencyInformation, List<Entry> fundsEntries,
                    List<Closing> monthClosings, LedgerClosure ledgerClosure, List<Informing> feedbackInformation,
                    LocalDate closedOn) {

    record Assessment(int assessment, LocalDate assessedOn, String assessedBy, String contentId) {
    }

    record Device(String deviceId, LocalDate receivedOn, String registeredBy, String contentId, LocalDate returnedOn,
                  ReturnedBy returnedBy, String returnRecordedBy, boolean toBeReturnedByRelatives) {
    }

    record Check(String deviceId, LocalDate checkedOn, DeviceCheck check, boolean inOrder, String signedBy,
                 String contentId) {
    }

    record Request(String requestId, LocalDate requestedOn, String requestedBy, String contentId) {
    }

    record Member(String memberId, LocalDate addedOn, String addedBy, String contentId, LocalDate endedOn) {
    }

    record Contact(String contactId, String memberId, LocalDate contactedOn, String loggedBy, String contentId) {
    }

    record Activity(String activityId, LocalDate since, String recordedBy, String contentId) {
    }

    record Visit(String visitId, String activityId, LocalDate visitedOn, String loggedBy, String contentId) {
    }

    record Signature(String staffId, String initials, LocalDate addedOn, String addedBy) {
    }

    record Review(LocalDate reviewedOn, String reviewedBy, String contentId) {
    }

    record Entry(String entryId, LocalDate enteredOn, long amountOre, long balanceOre, String corrects,
                 boolean needsCountersignature, String signedBy, LocalDate countersignedOn, String countersignedBy,
                 String contentId) {
    }

    record Closing(LocalDate monthStart, LocalDate countedOn, long balanceOre, long countedOre, String countedBy,
                   String contentId) {
    }

    record LedgerClosure(LocalDate closedOn, long balanceOre, LocalDate handedOverOn, String recordedBy,
                         String contentId) {
    }

    record Informing(LocalDate informedOn, String informedBy, String contentId) {
    }

    static CaseFileView empty(String caseId) {
        return new CaseFileView(caseId, -1, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    long balanceOre() {
        List<Entry> entries = orEmpty(fundsEntries);
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).balanceOre();
    }
}
