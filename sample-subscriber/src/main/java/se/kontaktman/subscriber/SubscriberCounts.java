package se.kontaktman.subscriber;

import java.util.concurrent.atomic.AtomicLong;

/** What the subscriber has done with the records it read since it started. */
public class SubscriberCounts {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unknownTypes = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong olderVersions = new AtomicLong();

    void countWritten(long n) {
        written.addAndGet(n);
    }

    void countDuplicates(long n) {
        duplicates.addAndGet(n);
    }

    void countUnknownType() {
        unknownTypes.incrementAndGet();
    }

    void countMalformed() {
        malformed.incrementAndGet();
    }

    void countOlderVersion() {
        olderVersions.incrementAndGet();
    }

    /** Events written to the sink for the first time. */
    public long written() {
        return written.get();
    }

    /** Events whose CloudEvent id the sink already had: a redelivery, or a re-read from the beginning. */
    public long duplicates() {
        return duplicates.get();
    }

    /** CloudEvents of a type this copy of shared-events does not know: a newer contract. */
    public long unknownTypes() {
        return unknownTypes.get();
    }

    /** Records that are not a readable event of their contract. */
    public long malformed() {
        return malformed.get();
    }

    /** Older versions sent beside a newer one this copy knows, which is read instead (same id). */
    public long olderVersions() {
        return olderVersions.get();
    }

    /** Every record read. */
    public long records() {
        return written() + duplicates() + unknownTypes() + malformed() + olderVersions();
    }

    @Override
    public String toString() {
        return "written " + written() + ", duplicates " + duplicates() + ", unknown types " + unknownTypes()
                + ", malformed " + malformed() + ", older versions " + olderVersions();
    }
}
