package se.kontaktman.platform.mongo;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means MongoDB could not be reached (stopped, unreachable, failing over), as
 * the driver throws it, as Spring translates it, or wrapped by Axon or a transaction. Such a write
 * may or may not have been applied: its answer was lost.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    public static boolean isUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
