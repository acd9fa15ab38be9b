package se.kontaktman.reminder.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which cases have a stage falling due on which day, so that a day's tick finds them without
 * scanning: one document per day and shard, {@code _id = "2026-11-25|007"}, listing case ids. The
 * tick reads a day's {@value #SHARDS} documents by {@code _id} (the only look-up the embedded
 * MongoDB stand-in answers from an index), so its cost grows with what falls due, not with the
 * number of cases. An entry is a hint: a case is looked at on the day and whatever has changed
 * since is found then. A shard is worked by one instance at a time: it claims it first.
 */
@Component
public class Agenda {

    /**
     * Enough to keep a day's documents small at national scale, where a catch-up or a check
     * window's last day puts most cases on one day (300,000 cases: some 1,200 ids, 50 kB each).
     * Only the shards that have cases are claimed.
     */
    public static final int SHARDS = 256;
    public static final String COLLECTION = "agenda";
    public static final String CLAIMS = "agenda_claims";

    private final MongoTemplate mongo;

    Agenda(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Notes the days cases are next due to change, in one write per day and shard. */
    public void schedule(Map<String, LocalDate> nextDayByCase) {
        Map<String, Set<String>> byBucket = new HashMap<>();
        nextDayByCase.forEach((caseId, day) -> byBucket.computeIfAbsent(id(day, shardOf(caseId)),
                bucket -> new HashSet<>()).add(caseId));
        List<WriteModel<Document>> writes = new ArrayList<>();
        byBucket.forEach((bucket, caseIds) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", bucket),
                Updates.addEachToSet("caseIds", List.copyOf(caseIds)), new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * Claims a day's shard for {@code instance} until {@code until} (wall-clock time), unless another
     * instance holds an unexpired claim on it (a claim left by a crash expires).
     *
     * @return the shard's cases, read under the claim; empty when another instance holds it
     */
    public Optional<Set<String>> claim(LocalDate day, int shard, String instance, Instant now, Instant until) {
        String bucket = id(day, shard);
        if (!hold(bucket, instance, now, until)) {
            return Optional.empty();
        }
        Document claimed = collection().find(Filters.eq("_id", bucket)).first();
        return Optional.of(claimed == null ? Set.of() : new HashSet<>(claimed.getList("caseIds", String.class)));
    }

    /** Renews this instance's claim on the shard; false when it ran out and another instance took it. */
    public boolean renew(LocalDate day, int shard, String instance, Instant now, Instant until) {
        return hold(id(day, shard), instance, now, until);
    }

    private boolean hold(String bucket, String instance, Instant now, Instant until) {
        // Claims are kept apart from the lists: a conditional write is a scan on the embedded
        // stand-in, cheap on a few small claims, not on a year of long lists. The upsert inserts a
        // claim where none is; where an unexpired one of another instance is, it fails on the key.
        try {
            // The id at the top of the filter, so that every server's upsert inserts the claim under it.
            claims().updateOne(new Document("_id", bucket).append("$or", List.of(
                            new Document("claimedUntil", new Document("$lt", Date.from(now))),
                            new Document("claimedBy", instance))),
                    Updates.combine(Updates.set("claimedBy", instance), Updates.set("claimedUntil", Date.from(until))),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The shard's cases were worked: they leave it, and so does the claim. Cases put on it in the
     * meantime stay, for the next tick; a document with none left goes.
     */
    public void done(LocalDate day, int shard, String instance, Collection<String> worked) {
        String bucket = id(day, shard);
        collection().updateOne(Filters.eq("_id", bucket), Updates.pullAll("caseIds", List.copyOf(worked)));
        claims().deleteOne(Filters.and(Filters.eq("_id", bucket), Filters.eq("claimedBy", instance)));
    }

    /** The day's shards that have cases to work (claimed by another instance or not), in one read. */
    public List<Integer> shardsWithCases(LocalDate day) {
        List<Integer> shards = new ArrayList<>();
        for (Document shard : collection().find(Filters.in("_id", buckets(day)))) {
            if (!shard.getList("caseIds", String.class).isEmpty()) {
                String id = shard.getString("_id");
                shards.add(Integer.parseInt(id.substring(id.indexOf('|') + 1)));
            }
        }
        shards.sort(null);
        return shards;
    }

    /** A day worked through gets nothing more: its documents go. */
    public void forget(LocalDate day) {
        collection().deleteMany(Filters.in("_id", buckets(day)));
    }

    private static List<String> buckets(LocalDate day) {
        return IntStream.range(0, SHARDS).mapToObj(shard -> id(day, shard)).toList();
    }

    static int shardOf(String caseId) {
        return Math.floorMod(caseId.hashCode(), SHARDS);
    }

    private static String id(LocalDate day, int shard) {
        return day + "|" + String.format("%03d", shard);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private MongoCollection<Document> claims() {
        return mongo.getCollection(CLAIMS);
    }
}
