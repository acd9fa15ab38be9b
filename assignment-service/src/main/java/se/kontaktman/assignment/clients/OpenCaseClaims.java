package se.kontaktman.assignment.clients;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * One open case per client and staff group. The event-sourced cases cannot see each other, so
 * the rule is kept by a claim document whose id is the pair: the database's unique id refuses a
 * second claim even under concurrent requests. A claim is released when its case closes.
 */
@Component
public class OpenCaseClaims {

    /** Not an organisation id (those never hold '#'), so no staff group's claim can take its place. */
    private static final String GALLRING = "#gallring";
    private static final java.time.Duration STALE_GALLRING = java.time.Duration.ofHours(1);

    private final MongoTemplate mongo;

    OpenCaseClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("open_case_claims")
    record Claim(@Id String id, String clientId, String caseId, Instant claimedAt) {
    }

    /** @return false when the client already has an open case in the group */
    public boolean claim(String clientId, String staffGroupId, String caseId, Instant now) {
        try {
            mongo.insert(new Claim(id(clientId, staffGroupId), clientId, caseId, now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public Optional<String> claimedCase(String clientId, String staffGroupId) {
        return Optional.ofNullable(mongo.findById(id(clientId, staffGroupId), Claim.class)).map(Claim::caseId);
    }

    public Optional<Instant> claimedAt(String clientId, String staffGroupId) {
        return Optional.ofNullable(mongo.findById(id(clientId, staffGroupId), Claim.class)).map(Claim::claimedAt);
    }

    /** Whether the client has a claim in any staff group: an open case, or one being opened. */
    public boolean anyFor(String clientId) {
        return mongo.exists(query(where("clientId").is(clientId)), Claim.class);
    }

    /**
     * Gallring's claim on a client, so that no case is opened for them while their records are
     * destroyed (an opening checks for it after making its own claim, and the job checks for other
     * claims after making this one: one of the two always sees the other). A claim left by a crash
     * is taken over after an hour.
     */
    public boolean claimForGallring(String clientId, Instant now) {
        try {
            mongo.insert(new Claim(id(clientId, GALLRING), clientId, null, now));
            return true;
        } catch (DuplicateKeyException held) {
            mongo.remove(query(where("_id").is(id(clientId, GALLRING)).and("claimedAt").lt(now.minus(STALE_GALLRING))),
                    Claim.class);
            try {
                mongo.insert(new Claim(id(clientId, GALLRING), clientId, null, now));
                return true;
            } catch (DuplicateKeyException stillHeld) {
                return false;
            }
        }
    }

    public boolean gallringUnderWay(String clientId) {
        return mongo.exists(query(where("_id").is(id(clientId, GALLRING))), Claim.class);
    }

    /** Whether the client has an open case, or one being opened, in any staff group. */
    public boolean openFor(String clientId) {
        return mongo.exists(query(where("clientId").is(clientId).and("_id").ne(id(clientId, GALLRING))), Claim.class);
    }

    public void releaseGallring(String clientId) {
        mongo.remove(query(where("_id").is(id(clientId, GALLRING))), Claim.class);
    }

    /** Releases the claim only if it still belongs to {@code caseId}; repeating it is harmless. */
    public void release(String clientId, String staffGroupId, String caseId) {
        mongo.remove(query(where("_id").is(id(clientId, staffGroupId)).and("caseId").is(caseId)), Claim.class);
    }

    private static String id(String clientId, String staffGroupId) {
        return clientId + "|" + staffGroupId;
    }
}
