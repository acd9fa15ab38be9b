package se.kontaktman.embedded;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;

/**
 * The file store of the MongoDB stand-in, made to keep what it has answered: H2's MVStore writes
 * its changes to the file on its own schedule (about once a second), so writes answered just
 * before a SIGKILL were lost. Here a write command is answered only once a commit that includes it
 * has written it to the file: in the operating system's hands, which a killed process cannot take
 * back (a power cut can: that needs the file forced to the disk, which real MongoDB's journal does
 * and this stand-in does not).
 *
 * <p>Commits are shared, as a journal's are: a write that finds a commit under way waits for the
 * next, which one of the waiting writes makes for all of them. Committing each write on its own
 * cost two thirds of the insert rate and put p99 at 100 commands per second over half a second.
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data; reads and cursors need no commit. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final MVStore store;
    private final Object commits = new Object();
    /** Writes applied so far, numbered; and the number up to which they are in the file. */
    private long applied;
    private long committed;
    private boolean committing;

    DurableH2Backend(String fileName) {
        this(MVStore.open(fileName));
    }

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /** Every command of today's drivers comes as an OP_MSG, named by the message's first key. */
    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        String command = message.getDocument().keySet().iterator().next();
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            awaitInFile();
        }
        return answer;
    }

    /** Returns once a commit begun after this write was applied has ended. */
    private void awaitInFile() {
        long mine;
        synchronized (commits) {
            mine = ++applied;
        }
        while (true) {
            long upTo;
            synchronized (commits) {
                while (committed < mine && committing) {
                    try {
                        commits.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted before the write was in the file", e);
                    }
                }
                if (committed >= mine) {
                    return;
                }
                // This write leads the next commit, for itself and every write applied before it.
                committing = true;
                upTo = applied;
            }
            try {
                store.commit();
            } finally {
                synchronized (commits) {
                    committing = false;
                    committed = Math.max(committed, upTo);
                    commits.notifyAll();
                }
            }
        }
    }
}
