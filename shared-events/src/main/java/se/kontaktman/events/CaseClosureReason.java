package se.kontaktman.events;

/**
 * Why a case was closed, as a code. Free-text reasons stay in assignment-service: they could
 * say something about the client's health.
 */
public enum CaseClosureReason {
    SERVICE_ENDED,
    MOVED_TO_OTHER_CARE,
    MOVED_FROM_MUNICIPALITY,
    DECEASED,
    OTHER
}
