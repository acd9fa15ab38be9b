package se.kontaktman.rules;

/** A step of the contact person's mission; the care profile decides which apply. */
public enum CareStep {
    /** Presentation in the client's home with the "Jag är din kontaktman" sheet (H2). */
    INTRODUCTION_VISIT,
    /** Ankomstsamtal at the start of the service (L1). */
    ARRIVAL_CONVERSATION,
    /** The genomförandeplan and its versions (H3, L2). */
    IMPLEMENTATION_PLAN,
    /** Going through the plan in the work team (L2). */
    TEAM_REVIEW,
    /** Genomförandeplansmöte, at least yearly (L3). */
    PLAN_MEETING,
    /** Follow-ups of the plan with the client (H4, L4), among them those the plan check books (H5). */
    FOLLOW_UP,
    /** The April/May and October/November check of every plan, with a booked follow-up (H5). */
    PLAN_CHECK,
    /** "Viktigt att tänka på vid planering": wishes and time adjustments for the planner (H6). */
    PLANNING_NOTE,
    /** The risk assessment, area by area, with the plan and at every follow-up (H7). */
    RISK_ASSESSMENT
}
