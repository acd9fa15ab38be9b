package se.kontaktman.reminder.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The case files, read and written a batch at a time: one {@code _id $in} read and one bulk write
 * per batch, each file written only if nobody else wrote it since it was read ({@code revision}).
 * Beside them, who each staff member is contact person for and which cases each staff group has,
 * as documents keyed by the staff or group id, so that every look-up is by {@code _id}.
 */
@Component
public class CaseFiles {

    static final String STAFF_CASES = "staff_cases";
    static final String GROUP_CASES = "group_cases";
    private static final String WRITER = "writer";

    private final MongoTemplate mongo;

    CaseFiles(MongoTemplate mongo) {
        this.mongo = mongo;
        // A write on condition of the revision is served by this index on the embedded stand-in,
        // which uses an index only for a filter on exactly its keys (the id alone would be a scan).
        collection(CaseFile.COLLECTION).createIndex(Indexes.ascending("_id", "revision"),
                new IndexOptions().unique(true).name("revision"));
    }

    public Map<String, CaseFile> load(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(caseIds)), CaseFile.class).stream()
                .collect(Collectors.toMap(CaseFile::caseId, Function.identity()));
    }

    /**
     * Writes the files; a file someone else wrote since it was read is left as it is.
     *
     * @return the ids of the files not written, to be read and worked again
     */
    public Set<String> save(Collection<CaseFile> files) {
        if (files.isEmpty()) {
            return Set.of();
        }
        List<CaseFile> ordered = new ArrayList<>(files);
        List<WriteModel<Document>> writes = new ArrayList<>();
        // Marks this save's writes: another writer may have stored the same revision number meanwhile.
        String writer = UUID.randomUUID().toString();
        for (CaseFile file : ordered) {
            Document document = new Document();
            mongo.getConverter().write(file, document);
            document.put("revision", file.revision() + 1);
            document.put(WRITER, writer);
            writes.add(file.revision() == 0 ? new InsertOneModel<>(document)
                    : new ReplaceOneModel<>(new Document("_id", file.caseId()).append("revision", file.revision()),
                    document));
        }
        Set<String> notWritten = new HashSet<>();
        try {
            collection(CaseFile.COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                notWritten.add(ordered.get(error.getIndex()).caseId());
            }
        }
        // A replacement whose revision no longer matched wrote nothing, and reports no error: a file
        // is stored if it now has the next revision, written by this save (not by the other writer).
        Set<String> written = writtenBy(writer, ordered.stream().map(CaseFile::caseId).toList());
        for (CaseFile file : ordered) {
            if (!notWritten.contains(file.caseId()) && written.contains(file.caseId())) {
                file.stored(file.revision() + 1);
            } else {
                notWritten.add(file.caseId());
            }
        }
        return notWritten;
    }

    private Set<String> writtenBy(String writer, List<String> caseIds) {
        Set<String> written = new HashSet<>();
        for (Document found : collection(CaseFile.COLLECTION).find(Filters.in("_id", caseIds))
                .projection(new Document(WRITER, 1))) {
            if (writer.equals(found.getString(WRITER))) {
                written.add(found.getString("_id"));
            }
        }
        return written;
    }

    /** Notes, in one write per staff member, the cases each is a contact person for. */
    public void noteContactPersons(Map<String, Set<String>> casesByStaffId) {
        addToSets(STAFF_CASES, casesByStaffId);
    }

    /** Notes, in one write per group, the cases each staff group has. */
    public void noteStaffGroups(Map<String, Set<String>> casesByGroup) {
        addToSets(GROUP_CASES, casesByGroup);
    }

    public Set<String> casesOfStaff(Collection<String> staffIds) {
        return members(STAFF_CASES, staffIds);
    }

    public Set<String> casesOfGroup(String staffGroupId) {
        return members(GROUP_CASES, List.of(staffGroupId));
    }

    private void addToSets(String collectionName, Map<String, Set<String>> additions) {
        List<WriteModel<Document>> writes = additions.entrySet().stream()
                .<WriteModel<Document>>map(entry -> new UpdateOneModel<>(Filters.eq("_id", entry.getKey()),
                        Updates.addEachToSet("caseIds", List.copyOf(entry.getValue())),
                        new UpdateOptions().upsert(true)))
                .toList();
        if (!writes.isEmpty()) {
            collection(collectionName).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private Set<String> members(String collectionName, Collection<String> ids) {
        Set<String> caseIds = new HashSet<>();
        if (ids.isEmpty()) {
            return caseIds;
        }
        for (Document found : collection(collectionName).find(Filters.in("_id", List.copyOf(ids)))) {
            caseIds.addAll(found.getList("caseIds", String.class));
        }
        return caseIds;
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
