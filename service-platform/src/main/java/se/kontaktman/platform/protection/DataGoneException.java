package se.kontaktman.platform.protection;

/** A client's data whose key was destroyed: it can never be read again. */
public class DataGoneException extends RuntimeException {

    public DataGoneException(String subject) {
        super("the data of " + subject + " was destroyed");
    }
}
