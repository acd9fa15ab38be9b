package se.kontaktman.assignment.clients;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import se.kontaktman.platform.protection.DataGoneException;
import se.kontaktman.platform.protection.Vault;

/**
 * Clients by personnummer. Personal data lives here only, so that erasing a client is a delete
 * in one collection and never a rewrite of the event store. At rest the personnummer and the
 * name are sealed with the client's own key ({@link Vault}); the personnummer is found by a keyed
 * hash of it, so the collection holds nothing readable without the master key, and nothing at
 * all once the client's key is destroyed.
 */
@Component
public class ClientRegistry {

    static final String COLLECTION = "clients";
    private static final String LOOKUP = "personnummer";

    @Document(COLLECTION)
    record StoredClient(@Id String clientId, String personnummerHash, String personnummer, String name) {
    }

    private final MongoTemplate mongo;
    private final Vault vault;

    ClientRegistry(MongoTemplate mongo, Vault vault) {
        this.mongo = mongo;
        this.vault = vault;
        mongo.indexOps(StoredClient.class).createIndex(new Index("personnummerHash", Sort.Direction.ASC).unique());
    }

    /** Empty for an unknown client, and for one whose data is destroyed. */
    public Optional<Client> find(String clientId) {
        return opened(mongo.findById(clientId, StoredClient.class));
    }

    public Optional<Client> findByIdentityNumber(PersonalIdentityNumber number) {
        return opened(mongo.findOne(query(where("personnummerHash").is(hashOf(number))), StoredClient.class));
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
        String clientId = newClientId;
        try {
            mongo.insert(new StoredClient(clientId, hashOf(number), vault.seal(clientId, "personnummer",
                    number.digits()), vault.seal(clientId, "name", name)));
            return new Registration(new Client(clientId, number.digits(), name), true);
        } catch (DuplicateKeyException raceLost) {
            // Registered by a concurrent request a moment ago. The exception's message quotes the
            // key (a hash, but all the same) so it is neither logged nor rethrown.
            Client registered = findByIdentityNumber(number).orElseThrow();
            if (registered.clientId().equals(clientId)) {
                return new Registration(registered, true); // this request's own insert, its answer lost and retried
            }
            vault.discardUnusedKeyOf(clientId);
            return new Registration(registered, false);
        }
    }

    /** Names by client id, for lists shown to staff; a client whose data is destroyed has none. */
    public Map<String, String> names(Collection<String> clientIds) {
        Map<String, String> names = new HashMap<>();
        mongo.find(query(where("_id").in(clientIds)), StoredClient.class)
                .forEach(stored -> opened(stored).ifPresent(client -> names.put(client.clientId(), client.name())));
        return names;
    }

    public void rename(String clientId, String name) {
        mongo.updateFirst(query(where("_id").is(clientId)), Update.update("name", vault.seal(clientId, "name", name)),
                StoredClient.class);
    }

    /** Undo a registration whose case was refused, so that nothing is half-stored. */
    public void forget(String clientId) {
        mongo.remove(query(where("_id").is(clientId)), StoredClient.class);
        vault.discardUnusedKeyOf(clientId);
    }

    /**
     * Gallring: the client's key goes first, so that whatever happens next nothing of theirs can
     * be read again, here or in any copy of the database; then the document.
     */
    public void destroy(String clientId) {
        vault.destroyKeyOf(clientId);
        mongo.remove(query(where("_id").is(clientId)), StoredClient.class);
    }

    private Optional<Client> opened(StoredClient stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Client(stored.clientId(),
                    vault.open(stored.clientId(), "personnummer", stored.personnummer()),
                    vault.open(stored.clientId(), "name", stored.name())));
        } catch (DataGoneException destroyed) {
            // Its key is gone, the document not yet (the next run of the retention job removes it).
            return Optional.empty();
        }
    }

    private String hashOf(PersonalIdentityNumber number) {
        return vault.lookupHash(LOOKUP, number.digits());
    }

    public record Registration(Client client, boolean created) {
    }
}
