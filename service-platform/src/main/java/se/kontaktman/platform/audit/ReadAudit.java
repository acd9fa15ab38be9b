package se.kontaktman.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import se.kontaktman.platform.security.PersonalData;

/**
 * The record of every read of a client's personal data, and of every refused attempt: who, when,
 * which case, which data, through which endpoint. Append-only: this class only inserts and reads
 * (in MongoDB, the service's user needs no more than insert and find on the collection). A record
 * holds staff ids, case ids and the names of the data, never the data.
 */
public final class ReadAudit {

    public static final String COLLECTION = "audit_reads";

    /** Set by a controller answering a list: the cases whose data the answer holds. */
    public static final String CASES_READ = ReadAudit.class.getName() + ".casesRead";

    public enum Outcome { READ, REFUSED }

    /**
     * One record; {@code about} is whose cases a list asked for ({@code staffId=...} or
     * {@code staffGroupId=...}) and {@code rule} what refused a refused attempt.
     */
    public record Entry(String id, Instant at, String staffId, String caseId, String about, Set<PersonalData> data,
                        String endpoint, Outcome outcome, String rule) {
    }

    private final MongoTemplate mongo;
    // The real time, not the business clock a demo may move: an audit says when it happened.
    private final Clock clock = Clock.systemUTC();

    public ReadAudit(MongoTemplate mongo) {
        this.mongo = mongo;
        // A case's records are read together, in order, and so are a staff member's.
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("caseId", "at"));
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("staffId", "at"));
    }

    /**
     * One record per case, written before the answer is: a failed write fails the answer. A
     * refused attempt at a list names no case, only whose cases it asked for.
     */
    public void record(String staffId, Collection<String> caseIds, String about, Set<PersonalData> data,
                       String endpoint, Outcome outcome, String rule) {
        Instant at = clock.instant();
        List<Document> records = new ArrayList<>();
        for (String caseId : caseIds) {
            // An ObjectId grows with each record of an instance: records of one millisecond keep their order.
            records.add(new Document("_id", new ObjectId()).append("at", Date.from(at))
                    .append("staffId", staffId).append("caseId", caseId).append("about", about)
                    .append("data", data.stream().map(Enum::name).sorted().toList())
                    .append("endpoint", endpoint).append("outcome", outcome.name()).append("rule", rule));
        }
        if (!records.isEmpty()) {
            mongo.getCollection(COLLECTION).insertMany(records);
        }
    }

    /** Every record about the case, oldest first. */
    public List<Entry> ofCase(String caseId) {
        return find(Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("at", "_id")));
    }

    /** Every record of what the staff member read or tried to, oldest first. */
    public List<Entry> byStaffMember(String staffId) {
        return find(Query.query(Criteria.where("staffId").is(staffId)).with(Sort.by("at", "_id")));
    }

    private List<Entry> find(Query query) {
        List<Entry> entries = new ArrayList<>();
        for (Document record : mongo.find(query, Document.class, COLLECTION)) {
            entries.add(new Entry(record.getObjectId("_id").toHexString(), record.getDate("at").toInstant(),
                    record.getString("staffId"), record.getString("caseId"), record.getString("about"),
                    record.getList("data", String.class).stream().map(PersonalData::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalData.class))),
                    record.getString("endpoint"), Outcome.valueOf(record.getString("outcome")),
                    record.getString("rule")));
        }
        return entries;
    }
}
