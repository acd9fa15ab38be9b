package se.kontaktman.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local suite's master key (the one that wraps every client's data key), made on the first
 * start and kept in the data folder, readable by its owner only: the data folder is then all a
 * demo needs. A deployment gives its own (KONTAKTMAN_MASTER_KEY or _FILE), kept apart from the
 * database; deleting this file makes the data folder's personal data unreadable for good.
 */
final class DemoMasterKey {

    private static final String FILE = "master.key";

    private DemoMasterKey() {
    }

    private static byte[] randomBytes() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static synchronized Path in(Path folder) {
        Path file = folder.resolve(FILE);
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(folder);
            Path written = folder.resolve(FILE + ".new");
            Files.writeString(written, Base64.getEncoder().encodeToString(randomBytes()) + "\n",
                    StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the master key in " + folder, e);
        }
    }
}
