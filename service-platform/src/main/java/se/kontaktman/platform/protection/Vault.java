package se.kontaktman.platform.protection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Personal data at rest, encrypted with a key of its own per data subject (a client in
 * assignment-service, a case in plan-service): AES-256-GCM from the JDK, each value with a fresh
 * 96-bit nonce and bound to its subject and field (the associated data), so a sealed value copied
 * to another client's document does not open. The data keys are kept in {@value #COLLECTION},
 * each wrapped by the {@link MasterKey}. Destroying a subject's key makes everything sealed with
 * it unreadable wherever a copy of the data lies (crypto-shredding): the data's backups, the
 * database's own files, the stand-in's data folder. The keys live in a database of their own
 * ({@code kontaktman.protection.keys-database}), so that they can be backed up apart: a copy of
 * the keys taken before a destruction, with the master key, still opens what it destroyed, until
 * that copy expires. A destroyed key leaves a tombstone, so that nothing is sealed for its subject
 * again.
 */
public class Vault {

    public static final String COLLECTION = "data_keys";
    private static final String FORMAT = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** {@code wrapped} is null once destroyed (a tombstone, with {@code destroyedAt}). */
    @Document(COLLECTION)
    record DataKey(@Id String subject, String wrapped, Instant createdAt, Instant destroyedAt) {
    }

    private final MongoTemplate mongo;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Counter keysDestroyed;

    /** @param mongo the keys' own database */
    public Vault(MongoTemplate mongo, MasterKey master, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.master = master;
        this.clock = clock;
        this.keysDestroyed = Counter.builder("kontaktman.retention.keys.destroyed")
                .description("Data keys destroyed when their data's retention time ended (crypto-shredding)")
                .register(meters);
    }

    /**
     * The value sealed with the subject's key, made when the subject has none yet.
     *
     * @throws DataGoneException when the subject's key was destroyed: nothing of theirs is kept again
     */
    public String seal(String subject, String field, String plain) {
        if (plain == null) {
            return null;
        }
        DataKey stored = mongo.findById(subject, DataKey.class);
        if (stored != null && stored.wrapped() == null) {
            throw new DataGoneException(subject);
        }
        SecretKey key = stored != null ? unwrap(stored) : newKey(subject);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, associated(subject, field),
                plain.getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** @throws DataGoneException when the subject's key was destroyed */
    public String open(String subject, String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("a value of " + subject + "'s " + field + " is not sealed");
        }
        SecretKey key = keyOf(subject).orElseThrow(() -> new DataGoneException(subject));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] cipherText = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, associated(subject, field), cipherText),
                StandardCharsets.UTF_8);
    }

    /** Whether the subject's key is still there (false once destroyed, or if none was ever made). */
    public boolean holdsKeyOf(String subject) {
        return mongo.exists(query(where("_id").is(subject).and("wrapped").ne(null)), DataKey.class);
    }

    /**
     * Crypto-shredding: the subject's key is gone, and with it every value sealed with it; a
     * tombstone stays, so that a write racing the destruction cannot make a new key.
     */
    public boolean destroyKeyOf(String subject) {
        boolean destroyed = mongo.updateFirst(query(where("_id").is(subject).and("wrapped").ne(null)),
                new Update().unset("wrapped").set("destroyedAt", clock.instant()), DataKey.class)
                .getModifiedCount() > 0;
        if (!destroyed) {
            try {
                // None was ever made (a case without texts): the tombstone all the same.
                mongo.insert(new DataKey(subject, null, null, clock.instant()));
            } catch (DuplicateKeyException alreadyGone) {
                // destroyed before
            }
        }
        if (destroyed) {
            keysDestroyed.increment();
        }
        return destroyed;
    }

    /** A key made for data that was then not kept (a refused request): removed, not counted as destroyed. */
    public void discardUnusedKeyOf(String subject) {
        mongo.remove(query(where("_id").is(subject).and("wrapped").ne(null)), DataKey.class);
    }

    /**
     * A value to find a document by without keeping the value readable (a personnummer, say):
     * HMAC-SHA256 under a key derived from the master key for the purpose. Equal values give
     * equal hashes; without the master key the hash cannot be checked against a guess.
     */
    public String lookupHash(String purpose, String value) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(master.key());
            byte[] purposeKey = derive.doFinal(("lookup/" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private Optional<SecretKey> keyOf(String subject) {
        return Optional.ofNullable(mongo.findById(subject, DataKey.class)).filter(key -> key.wrapped() != null)
                .map(this::unwrap);
    }

    private SecretKey newKey(String subject) {
        SecretKey key;
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, master.key(), nonce, associated(subject, "data-key"),
                key.getEncoded());
        try {
            mongo.insert(new DataKey(subject, Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + wrapped.length).put(nonce).put(wrapped).array()),
                    clock.instant(), null));
            return key;
        } catch (DuplicateKeyException madeMeanwhile) {
            // A concurrent request made the subject's key first (both use that one), or it was destroyed.
            return keyOf(subject).orElseThrow(() -> new DataGoneException(subject));
        }
    }

    private SecretKey unwrap(DataKey stored) {
        byte[] bytes = Base64.getDecoder().decode(stored.wrapped());
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] wrapped = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        try {
            return new SecretKeySpec(crypt(Cipher.DECRYPT_MODE, master.key(), nonce,
                    associated(stored.subject(), "data-key"), wrapped), "AES");
        } catch (IllegalStateException wrongMaster) {
            throw new IllegalStateException("the data keys were wrapped with another master key than the one "
                    + "configured (kontaktman.protection.master-key or -file)", wrongMaster);
        }
    }

    private static byte[] associated(String subject, String field) {
        return (subject + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A failed tag check: another key, another subject or field, or a value changed at rest.
            throw new IllegalStateException("a sealed value does not open with its key", e);
        }
    }
}
