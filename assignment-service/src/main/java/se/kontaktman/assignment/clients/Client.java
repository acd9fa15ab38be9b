package se.kontaktman.assignment.clients;

/**
 * The only place in the suite where a client's personnummer and name are known, as read from
 * the registry (where they are kept encrypted with the client's own key). Cases refer to the
 * client by {@code clientId}, a random id; nothing else leaves this service.
 */
public record Client(String clientId, String personnummer, String name) {

    public PersonalIdentityNumber identityNumber() {
        return PersonalIdentityNumber.ofStored(personnummer);
    }

    @Override
    public String toString() {
        return "Client[" + clientId + "]";
    }
}
