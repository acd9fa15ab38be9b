package se.kontaktman.assignment.clients;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Clients by personnummer. Personal data lives here only, so that erasing a client is a delete
 * in one collection and never a rewrite of the event store.
 */
@Component
public class ClientRegistry {

    private final MongoTemplate mongo;

    ClientRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Client.class).createIndex(new Index("personnummer", Sort.Direction.ASC).unique());
    }

    public Optional<Client> find(String clientId) {
        return Optional.ofNullable(mongo.findById(clientId, Client.class));
    }

    public Optional<Client> findByIdentityNumber(PersonalIdentityNumber number) {
        return Optional.ofNullable(mongo.findOne(query(where("personnummer").is(number.digits())), Client.class));
    }

    /**
     * The registered client with this number, created when new with {@code newClientId}; {@code created}
     * says which. {@code existing} is what the caller has just looked up, to save a second read. The
     * caller chooses the new id so that it can undo a registration whose answer MongoDB never gave.
     */
    public Registration register(PersonalIdentityNumber number, String name, Optional<Client> existing,
                                 String newClientId) {
        if (existing.isPresent()) {
            return new Registration(existing.get(), false);
        }
        Client client = new Client(newClientId, number.digits(), name);
        try {
            mongo.insert(client);
            return new Registration(client, true);
        } catch (DuplicateKeyException raceLost) {
            // Registered by a concurrent request a moment ago. The exception's message quotes the
            // key, a personnummer, so it is neither logged nor rethrown.
            return new Registration(findByIdentityNumber(number).orElseThrow(), false);
        }
    }

    /** Names by client id, for lists shown to staff. */
    public Map<String, String> names(Collection<String> clientIds) {
        return mongo.find(query(where("_id").in(clientIds)), Client.class).stream()
                .collect(Collectors.toMap(Client::clientId, Client::name));
    }

    public void rename(String clientId, String name) {
        mongo.updateFirst(query(where("_id").is(clientId)), Update.update("name", name), Client.class);
    }

    /** Undo a registration whose case was refused, so that nothing is half-stored. */
    public void forget(String clientId) {
        mongo.remove(query(where("_id").is(clientId)), Client.class);
    }

    public record Registration(Client client, boolean created) {
    }
}
