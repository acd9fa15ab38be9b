package se.kontaktman.assignment.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.cases.api.CaseCommands.OpenCaseCommand;
import se.kontaktman.assignment.clients.Client;
import se.kontaktman.assignment.clients.ClientRegistry;
import se.kontaktman.assignment.clients.OpenCaseClaims;
import se.kontaktman.assignment.clients.PersonalIdentityNumber;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.rules.DateRules;
import se.kontaktman.platform.rules.Refusal;

/**
 * Opens a case: registers the client (personal data stays in the registry), claims the one open
 * case the client may have in the staff group, and then opens the case itself. Whatever fails,
 * what was written on the way is undone, so a refused request leaves nothing behind.
 */
@Service
public class OpenCaseService {

    /** A claim this old whose case never appeared was left by a crash between claim and command. */
    private static final Duration ORPHANED_CLAIM_AGE = Duration.ofMinutes(1);

    private final CommandGateway commands;
    private final ClientRegistry clients;
    private final OpenCaseClaims claims;
    private final StaffDirectory staff;
    private final MongoTemplate mongo;
    private final Clock clock;

    OpenCaseService(CommandGateway commands, ClientRegistry clients, OpenCaseClaims claims, StaffDirectory staff,
                    MongoTemplate mongo, Clock clock) {
        this.commands = commands;
        this.clients = clients;
        this.claims = claims;
        this.staff = staff;
        this.mongo = mongo;
        this.clock = clock;
    }

    public record Opened(String caseId, long version) {
    }

    public Opened open(String personnummer, String name, String staffGroupId, CareProfile profile, LocalDate start) {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("personnummer", personnummer, LocalDate.now(clock));
        staff.requireStaffGroup("staffGroupId", staffGroupId);
        DateRules.notAfterToday("startDate", start, clock);
        Optional<Client> known = clients.findByIdentityNumber(number);
        known.ifPresent(c -> refuseIfOpenCase(c.clientId(), staffGroupId));

        ClientRegistry.Registration registration = clients.register(number, name, known);
        String clientId = registration.client().clientId();
        String caseId = UUID.randomUUID().toString();
        if (!claims.claim(clientId, staffGroupId, caseId, Instant.now(clock))) {
            undoRegistration(registration);
            throw alreadyOpen();
        }
        try {
            commands.sendAndWait(new OpenCaseCommand(caseId, clientId, staffGroupId, profile, start));
        } catch (RuntimeException refused) {
            claims.release(clientId, staffGroupId, caseId);
            undoRegistration(registration);
            throw refused;
        }
        if (!registration.created() && !name.equals(registration.client().name())) {
            clients.rename(clientId, name);
        }
        return new Opened(caseId, 0);
    }

    private void refuseIfOpenCase(String clientId, String staffGroupId) {
        Optional<String> claimed = claims.claimedCase(clientId, staffGroupId);
        if (claimed.isEmpty()) {
            return;
        }
        boolean caseExists = mongo.findById(claimed.get(), CaseView.class) != null;
        boolean old = claims.claimedAt(clientId, staffGroupId)
                .map(at -> at.isBefore(Instant.now(clock).minus(ORPHANED_CLAIM_AGE))).orElse(true);
        if (!caseExists && old) {
            claims.release(clientId, staffGroupId, claimed.get());
            return;
        }
        throw alreadyOpen();
    }

    /**
     * Forgets a client registered by this request, unless a concurrent request has meanwhile
     * claimed a case for the same person: that one needs the registration.
     */
    private void undoRegistration(ClientRegistry.Registration registration) {
        String clientId = registration.client().clientId();
        if (registration.created() && !claims.anyFor(clientId)) {
            clients.forget(clientId);
        }
    }

    private static Refusal alreadyOpen() {
        return new Refusal(AssignmentRule.ONE_OPEN_CASE_PER_STAFF_GROUP, "personnummer",
                "the client already has an open case in this staff group");
    }
}
