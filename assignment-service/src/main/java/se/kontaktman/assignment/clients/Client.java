package se.kontaktman.assignment.clients;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The only place in the suite where a client's personnummer and name are kept. Cases refer to
 * the client by {@code clientId}, a random id; nothing else leaves this service.
 */
@Document(Client.COLLECTION)
public record Client(@Id String clientId, String personnummer, String name) {

    public static final String COLLECTION = "clients";

    public PersonalIdentityNumber identityNumber() {
        return PersonalIdentityNumber.ofStored(personnummer);
    }

    @Override
    public String toString() {
        return "Client[" + clientId + "]";
    }
}
