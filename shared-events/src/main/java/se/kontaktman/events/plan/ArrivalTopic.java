package se.kontaktman.events.plan;

/** The topics of the LSS arrival conversation (ankomstsamtal, rule L1). */
public enum ArrivalTopic {
    /** Individuella behov. */
    NEEDS,
    /** Närståendes roll och delaktighet. */
    RELATIVES_ROLE,
    /** Var och när man når varandra. */
    REACHING_EACH_OTHER,
    /** Genomgång av tidigare rutiner. */
    EARLIER_ROUTINES,
    /** Överlämnande av broschyr och material. */
    MATERIAL_HANDED_OVER,
    /** Levnadshistoria. */
    LIFE_STORY
}
