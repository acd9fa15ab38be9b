package se.kontaktman.assignment.organisation.api;

/** The questions the organisation views answer. */
public final class OrganisationQueries {

    private OrganisationQueries() {
    }

    public record FindAreaQuery(String areaId) {
    }

    public record FindAllAreasQuery() {
    }

    public record FindStaffGroupQuery(String staffGroupId) {
    }

    public record FindAllStaffGroupsQuery() {
    }

    public record FindStaffMemberQuery(String staffId) {
    }

    /** Every staff member, or those of one staff group when {@code staffGroupId} is given. */
    public record FindStaffQuery(String staffGroupId) {
    }
}
