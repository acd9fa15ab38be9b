package se.kontaktman.platform.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.platform.testing.EmbeddedServers;

/** The per-client keys against the embedded MongoDB-wire server, over a real connection. */
class VaultTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final MongoClient client = MongoClients.create(EmbeddedServers.mongo().connectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "vault_" + UUID.randomUUID().toString().replace("-", ""));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Vault vault = new Vault(mongo, MasterKey.from(KEY, null), Clock.systemUTC(), meters);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aSealedValueOpensWithItsSubjectsKeyAndIsNotReadableAtRest() {
        String sealed = vault.seal("client-1", "name", "Tyra Testsson");

        assertThat(sealed).startsWith("v1.").doesNotContain("Tyra");
        assertThat(vault.open("client-1", "name", sealed)).isEqualTo("Tyra Testsson");
        Document stored = mongo.getCollection(Vault.COLLECTION).find().first();
        assertThat(stored.toJson()).doesNotContain("Tyra");
        assertThat(vault.seal("client-1", "name", "Tyra Testsson")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aValueCopiedToAnotherSubjectOrFieldDoesNotOpen() {
        String sealed = vault.seal("client-1", "name", "Tyra Testsson");
        vault.seal("client-2", "name", "Other");

        assertThatThrownBy(() -> vault.open("client-2", "name", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open("client-1", "personnummer", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterTheKeyIsDestroyedNothingSealedWithItOpensAndTheDestructionIsCounted() {
        String sealed = vault.seal("client-1", "name", "Tyra Testsson");

        assertThat(vault.destroyKeyOf("client-1")).isTrue();
        assertThat(vault.destroyKeyOf("client-1")).as("a second time destroys nothing").isFalse();

        assertThat(vault.holdsKeyOf("client-1")).isFalse();
        assertThatThrownBy(() -> vault.open("client-1", "name", sealed)).isInstanceOf(DataGoneException.class);
        assertThat(meters.counter("kontaktman.retention.keys.destroyed").count()).isEqualTo(1.0);
    }

    @Test
    void aDestroyedKeyIsNeverMadeAgainSoNothingOfTheSubjectIsSealedAfterGallring() {
        vault.seal("client-1", "name", "Tyra Testsson");
        vault.destroyKeyOf("client-1");
        vault.destroyKeyOf("case-without-texts");

        assertThatThrownBy(() -> vault.seal("client-1", "name", "Tyra igen")).isInstanceOf(DataGoneException.class);
        assertThatThrownBy(() -> vault.seal("case-without-texts", "text", "x")).isInstanceOf(DataGoneException.class);
        vault.discardUnusedKeyOf("client-1");
        assertThatThrownBy(() -> vault.seal("client-1", "name", "x")).as("the tombstone stays")
                .isInstanceOf(DataGoneException.class);
        assertThat(meters.counter("kontaktman.retention.keys.destroyed").count()).as("one key existed").isEqualTo(1.0);
    }

    @Test
    void anUnusedKeyIsDiscardedWithoutBeingCountedAsDestroyed() {
        vault.seal("client-1", "name", "x");
        vault.discardUnusedKeyOf("client-1");

        assertThat(vault.holdsKeyOf("client-1")).isFalse();
        assertThat(meters.counter("kontaktman.retention.keys.destroyed").count()).isZero();
    }

    @Test
    void anotherMasterKeyCannotUnwrapTheDataKeysAndSaysSo() {
        String sealed = vault.seal("client-1", "name", "Tyra Testsson");
        byte[] other = new byte[32];
        other[0] = 1;
        Vault wrongMaster = new Vault(mongo, MasterKey.from(Base64.getEncoder().encodeToString(other), null),
                Clock.systemUTC(), meters);

        assertThatThrownBy(() -> wrongMaster.open("client-1", "name", sealed))
                .hasMessageContaining("another master key");
    }

    @Test
    void lookupHashesAreEqualForEqualValuesAndDifferPerPurposeAndMasterKey() {
        String hash = vault.lookupHash("personnummer", "191212121212");

        assertThat(hash).isEqualTo(vault.lookupHash("personnummer", "191212121212")).doesNotContain("1212121212");
        assertThat(vault.lookupHash("other", "191212121212")).isNotEqualTo(hash);
        byte[] other = new byte[32];
        other[31] = 7;
        assertThat(new Vault(mongo, MasterKey.from(Base64.getEncoder().encodeToString(other), null), Clock.systemUTC(),
                meters).lookupHash("personnummer", "191212121212")).isNotEqualTo(hash);
    }

    @Test
    void theMasterKeyComesFromConfigurationOrAFileAndNothingElse(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("master.key");
        Files.writeString(file, KEY + "\n");

        assertThat(MasterKey.from(null, file.toString()).key().getEncoded()).isEqualTo(new byte[32]);
        assertThatThrownBy(() -> MasterKey.from("", "")).hasMessageContaining("KONTAKTMAN_MASTER_KEY");
        assertThatThrownBy(() -> MasterKey.from(KEY, file.toString())).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> MasterKey.from(Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.from("not base64!", null)).hasMessage("the master key is not base64");
    }
}
