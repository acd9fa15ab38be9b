package se.kontaktman.platform.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every client's data key: 32 random bytes, base64, given in configuration
 * or read from a key file. Never in the repository and never in the database, so that a copy of
 * the database (a backup, the data folder) holds nothing readable on its own.
 */
public final class MasterKey {

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("the master key must be 32 bytes (256 bits), base64-encoded; it has "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * @param base64 the key itself ({@code KONTAKTMAN_MASTER_KEY}), or blank
     * @param file   a file holding it ({@code KONTAKTMAN_MASTER_KEY_FILE}, such as a mounted secret), or blank
     */
    public static MasterKey from(String base64, String file) {
        boolean hasKey = base64 != null && !base64.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasKey == hasFile) {
            throw new IllegalStateException("personal data is kept encrypted: set exactly one of "
                    + "kontaktman.protection.master-key (KONTAKTMAN_MASTER_KEY) and "
                    + "kontaktman.protection.master-key-file (KONTAKTMAN_MASTER_KEY_FILE); "
                    + "make one with: head -c 32 /dev/urandom | base64");
        }
        String encoded = base64;
        if (hasFile) {
            try {
                encoded = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the master key file " + file, e);
            }
        }
        try {
            return new MasterKey(Base64.getDecoder().decode(encoded.strip()));
        } catch (IllegalArgumentException notBase64) {
            // The message would quote part of the key.
            throw new IllegalStateException("the master key is not base64");
        }
    }

    SecretKey key() {
        return key;
    }
}
