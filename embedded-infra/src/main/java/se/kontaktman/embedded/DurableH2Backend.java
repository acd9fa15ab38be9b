package se.kontaktman.embedded;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The file store of the MongoDB stand-in, made to keep what it has answered: H2's MVStore writes
 * its changes to the file on its own schedule (about once a second), so writes answered just
 * before a SIGKILL were lost. Here every write command is committed to the file before it is
 * answered: the written chunk is in the operating system's hands, which a killed process cannot
 * take back (a power cut can: that needs the file forced to the disk, which real MongoDB's
 * journal does and this stand-in does not).
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data; reads and cursors need no commit. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    /** Every command of today's drivers comes as an OP_MSG, named by the message's first key. */
    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        String command = message.getDocument().keySet().iterator().next();
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return answer;
    }
}
