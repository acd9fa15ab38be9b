package se.kontaktman.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import se.kontaktman.events.StaffRole;
import se.kontaktman.reporting.organisation.Directory;

/**
 * The projection in MongoDB, one pair of collections per generation (a rebuild writes the next
 * while the current one answers): {@code case_facts_g<n>}, a document per case with its facts
 * keyed by the id of the event they came from, and {@code organisation_g<n>}, a document per
 * area, staff group and staff member. Facts are set, never added, and a fact's time of becoming
 * known only lowered: an event read twice, told again later with its id, or two events in any
 * order, leave the same document. {@code w} is when a document was last written, for
 * the instances that keep the projection in memory to read what changed; {@code projection_writes}
 * holds each generation's latest {@code w}.
 */
@Component
public class ProjectionStore {

    static final String WRITTEN = "w";
    private static final String FACTS = "f";
    private static final String AT = "at";

    private final MongoTemplate mongo;

    public ProjectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A fact with the id of the event it came from. */
    public record Identified(String eventId, Fact fact) {
    }

    public void prepare(int generation) {
        cases(generation).createIndex(Indexes.ascending(WRITTEN));
        organisation(generation).createIndex(Indexes.ascending(WRITTEN));
    }

    public void write(int generation, Map<String, List<Identified>> factsByCase, List<Directory.Area> areas,
                      List<Directory.Group> groups, List<Directory.Staff> staff, Instant writtenAt) {
        Date written = Date.from(writtenAt);
        List<WriteModel<Document>> caseWrites = new ArrayList<>();
        factsByCase.forEach((caseId, facts) -> {
            // An event told again with its id and a later time (reminder-service telling a stage again
            // after a crash, from another instance) stays known from when it was first told: each field
            // is set, and the time only lowered, so that an answer "as of" a past day does not change.
            Map<String, Document> byKey = new LinkedHashMap<>();
            for (Identified identified : facts) {
                Document fact = toDocument(identified.fact());
                byKey.merge(key(identified.eventId()), fact, (first, again) ->
                        again.append(AT, Math.min(first.getLong(AT), again.getLong(AT))));
            }
            List<Bson> updates = new ArrayList<>();
            byKey.forEach((key, fact) -> fact.forEach((field, value) -> {
                String path = FACTS + "." + key + "." + field;
                updates.add(AT.equals(field) ? Updates.min(path, value) : Updates.set(path, value));
            }));
            updates.add(Updates.set(WRITTEN, written));
            caseWrites.add(new UpdateOneModel<>(Filters.eq("_id", caseId), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        });
        // In the order read: a unit's later definition replaces its earlier one.
        List<WriteModel<Document>> unitWrites = new ArrayList<>();
        areas.forEach(area -> unitWrites.add(unit("AREA:" + area.areaId(), new Document("kind", "AREA")
                .append("id", area.areaId()).append("name", area.name())
                .append("manager", area.areaManagerStaffId()), written)));
        groups.forEach(group -> unitWrites.add(unit("GROUP:" + group.staffGroupId(), new Document("kind", "GROUP")
                .append("id", group.staffGroupId()).append("name", group.name())
                .append("area", group.areaId()), written)));
        staff.forEach(member -> unitWrites.add(unit("STAFF:" + member.staffId(), new Document("kind", "STAFF")
                .append("id", member.staffId()).append("name", member.name())
                .append("roles", member.roles().stream().map(Enum::name).sorted().toList())
                .append("group", member.staffGroupId()).append("active", member.active()), written)));
        if (!unitWrites.isEmpty()) {
            organisation(generation).bulkWrite(unitWrites, new BulkWriteOptions().ordered(true));
        }
        if (!caseWrites.isEmpty()) {
            cases(generation).bulkWrite(caseWrites, new BulkWriteOptions().ordered(false));
        }
        // After the documents: whoever sees this stamp can see what it stamps.
        writes().updateOne(Filters.eq("_id", generation), Updates.max(WRITTEN, written),
                new UpdateOptions().upsert(true));
    }

    /**
     * The latest stamp any instance has written into the generation, or null before the first
     * write: one document to read before looking for changed cases, which spares the readers a
     * query when nothing was written (on the embedded stand-in, whose range queries read every
     * document, a full read every second).
     */
    public Instant lastWritten(int generation) {
        Document last = writes().find(Filters.eq("_id", generation)).first();
        return last == null ? null : last.getDate(WRITTEN).toInstant();
    }

    /** Every case written at or after {@code since} (all with {@code null}), one at a time. */
    public void readCases(int generation, Instant since, Consumer<CaseHistory> each) {
        Bson filter = since == null ? new Document() : Filters.gte(WRITTEN, Date.from(since));
        for (Document document : cases(generation).find(filter).batchSize(2_000)) {
            each.accept(toHistory(document));
        }
    }

    /** The organisation's units written at or after {@code since} (all with {@code null}). */
    public void readOrganisation(int generation, Instant since, Consumer<Object> each) {
        Bson filter = since == null ? new Document() : Filters.gte(WRITTEN, Date.from(since));
        for (Document document : organisation(generation).find(filter)) {
            Document unit = document.get("unit", Document.class);
            String id = unit.getString("id");
            switch (unit.getString("kind")) {
                case "AREA" -> each.accept(new Directory.Area(id, unit.getString("name"), unit.getString("manager")));
                case "GROUP" -> each.accept(new Directory.Group(id, unit.getString("area"), unit.getString("name")));
                default -> {
                    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
                    unit.getList("roles", String.class, List.of()).forEach(role -> roles.add(StaffRole.valueOf(role)));
                    each.accept(new Directory.Staff(id, unit.getString("name"), roles, unit.getString("group"),
                            unit.getBoolean("active", true)));
                }
            }
        }
    }

    public long countCases(int generation) {
        return cases(generation).countDocuments();
    }

    public void drop(int generation) {
        writes().deleteOne(Filters.eq("_id", generation));
        List<String> existing = mongo.getDb().listCollectionNames().into(new ArrayList<>());
        for (MongoCollection<Document> collection : List.of(cases(generation), organisation(generation))) {
            if (existing.contains(collection.getNamespace().getCollectionName())) {
                collection.drop();
            }
        }
    }

    private static UpdateOneModel<Document> unit(String id, Document fields, Date written) {
        return new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(Updates.set("unit", fields),
                Updates.set(WRITTEN, written)), new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> cases(int generation) {
        return mongo.getDb().getCollection("case_facts_g" + generation);
    }

    private MongoCollection<Document> writes() {
        return mongo.getDb().getCollection("projection_writes");
    }

    private MongoCollection<Document> organisation(int generation) {
        return mongo.getDb().getCollection("organisation_g" + generation);
    }

    /** A field name from an event id that may hold anything: the same id always gives the same name. */
    private static String key(String eventId) {
        return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Document toDocument(Fact fact) {
        Document document = new Document("k", fact.kind().name()).append("on", fact.on()).append(AT, fact.knownAt());
        if (fact.ref() != null) {
            document.append("r", fact.ref());
        }
        if (fact.number() != 0) {
            document.append("n", fact.number());
        }
        if (fact.number2() != 0) {
            document.append("n2", fact.number2());
        }
        if (fact.code() != 0) {
            document.append("c", fact.code());
        }
        if (fact.code2() != 0) {
            document.append("c2", fact.code2());
        }
        return document;
    }

    private static CaseHistory toHistory(Document document) {
        Document facts = document.get(FACTS, Document.class);
        List<Fact> read = new ArrayList<>(facts == null ? 0 : facts.size());
        if (facts != null) {
            for (Object value : facts.values()) {
                Document fact = (Document) value;
                String ref = fact.getString("r");
                read.add(Fact.of(FactKind.valueOf(fact.getString("k")), fact.getInteger("on"), fact.getLong(AT),
                        ref == null ? null : Interned.of(ref), fact.getInteger("n", 0), fact.getInteger("n2", 0),
                        fact.getInteger("c", 0), fact.getInteger("c2", 0)));
            }
        }
        return CaseHistory.of(Interned.of(document.getString("_id")), read);
    }
}
