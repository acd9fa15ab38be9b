package se.kontaktman.archfixtures.bad.alpha;

import se.kontaktman.archfixtures.bad.beta.Beta;
import se.kontaktman.archfixtures.other.OtherService;

/** Exists to be caught by ArchitectureRulesTest: half of a cycle, and code of another service. */
public class Alpha {

    Beta beta;
    OtherService otherService;
}
