package se.kontaktman.archfixtures.other;

/** Stands for another service's code, which ArchitectureRulesTest's bad fixture uses. */
public class OtherService {
}
