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
 * what was written on the way is undone, so a refused request leaves nothing behind. When MongoDB
 * goes away part-way, neither the undo nor even the outcome can be known until it is back:
 * {@link UnsettledOpenings} settles such an opening then: the case opened, or nothing left of it.
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
    private final UnsettledOpenings openings;

    OpenCaseService(CommandGateway commands, ClientRegistry clients, OpenCaseClaims claims, StaffDirectory staff,
                    MongoTemplate mongo, Clock clock, UnsettledOpenings openings) {
        this.commands = commands;
        this.clients = clients;
        this.claims = claims;
        this.staff = staff;
        this.mongo = mongo;
        this.clock = clock;
        this.openings = openings;
    }

    public record Opened(String caseId, long version) {
    }

    public Opened open(String personnummer, String name, String staffGroupId, CareProfile profile, LocalDate start) {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("personnummer", personnummer, LocalDate.now(clock));
        staff.requireStaffGroup("staffGroupId", staffGroupId);
        DateRules.notAfterToday("startDate", start, clock);
        Optional<Client> known = clients.findByIdentityNumber(number);
        known.ifPresent(c -> refuseIfOpenCase(c.clientId(), staffGroupId));

        String caseId = UUID.randomUUID().toString();
        String newClientId = UUID.randomUUID().toString();
        ClientRegistry.Registration registration;
        try {
            registration = clients.register(number, name, known, newClientId);
        } catch (RuntimeException e) {
            // The insert may have been applied with its answer lost.
            throw openings.settle(new UnsettledOpenings.Opening(caseId, newClientId, staffGroupId, known.isEmpty()), e);
        }
        UnsettledOpenings.Opening opening = new UnsettledOpenings.Opening(caseId, registration.client().clientId(),
                staffGroupId, registration.created());
        boolean claimed;
        try {
            claimed = claims.claim(opening.clientId(), staffGroupId, caseId, Instant.now(clock));
        } catch (RuntimeException e) {
            throw openings.settle(opening, e);
        }
        if (!claimed) {
            // Nothing of this case was stored; undo the registration.
            throw openings.settle(opening, alreadyOpen());
        }
        boolean beingDestroyed;
        try {
            beingDestroyed = claims.gallringUnderWay(opening.clientId());
        } catch (RuntimeException e) {
            throw openings.settle(opening, e);
        }
        if (beingDestroyed) {
            // The client's records are being destroyed this moment: this case must not refer to them.
            throw openings.settle(opening, new Refusal(AssignmentRule.RECORDS_BEING_DESTROYED, "personnummer",
                    "the client's earlier records are being destroyed (gallring) this moment: try again in a minute"));
        }
        try {
            commands.sendAndWait(new OpenCaseCommand(caseId, opening.clientId(), staffGroupId, profile, start));
        } catch (RuntimeException refused) {
            throw openings.settle(opening, refused);
        }
        if (!registration.created() && !name.equals(registration.client().name())) {
            clients.rename(opening.clientId(), name);
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

    private static Refusal alreadyOpen() {
        return new Refusal(AssignmentRule.ONE_OPEN_CASE_PER_STAFF_GROUP, "personnummer",
                "the client already has an open case in this staff group");
    }
}
