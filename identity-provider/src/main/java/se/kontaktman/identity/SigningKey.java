package se.kontaktman.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The provider's RSA signing key, made on the first start and kept in the data folder: a new key
 * at every start would make every token issued before it worthless.
 */
final class SigningKey {

    private static final String FILE = "signing-key.jwk.json";

    private SigningKey() {
    }

    static JWKSet loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new JWKSet(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(dataDir);
            Path written = dataDir.resolve(FILE + ".new");
            Files.writeString(written, key.toJSONString(), StandardCharsets.UTF_8);
            DemoCredentials.restrict(written);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new JWKSet(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing key in " + file + " is unreadable; delete it to make a new one",
                    e);
        }
    }
}
