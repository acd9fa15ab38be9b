package se.kontaktman.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * The demo passwords of the staff and the monitoring client's secret: made up at random on the
 * first start, kept in the data folder (readable by its owner only) so that they stay the same
 * across restarts, and printed by the suite at start. A demo's convenience: a municipality's own
 * provider never shows anyone a password.
 */
@Component
public class DemoCredentials {

    public static final String MONITORING_CLIENT = "kontaktman-monitoring";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final String FILE = "demo-credentials.properties";

    private final Path file;
    private final Properties values = new Properties();
    private final SecureRandom random = new SecureRandom();

    DemoCredentials(IdentityProperties properties, StaffDirectory staff) {
        this.file = properties.dataDir().resolve(FILE);
        boolean changed = false;
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    values.load(in);
                }
            }
            for (StaffDirectory.Person person : staff.everyone()) {
                changed |= values.putIfAbsent("password." + person.staffId(), made(12)) == null;
            }
            changed |= values.putIfAbsent("client." + MONITORING_CLIENT, made(32)) == null;
            if (changed) {
                save();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo credentials in " + file, e);
        }
    }

    /** A demo password as kept in the data folder, for a tool that runs beside the provider. */
    public static String passwordIn(Path dataDir, String staffId) {
        return keptIn(dataDir).getProperty("password." + staffId);
    }

    /** The monitoring client's secret as kept in the data folder, for a tool that runs beside the provider. */
    public static String monitoringSecretIn(Path dataDir) {
        return keptIn(dataDir).getProperty("client." + MONITORING_CLIENT);
    }

    private static Properties keptIn(Path dataDir) {
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            kept.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no demo credentials in " + dataDir.toAbsolutePath()
                    + ": has the suite been started, and is this the folder it runs in?", e);
        }
        return kept;
    }

    public String passwordOf(String staffId) {
        return values.getProperty("password." + staffId);
    }

    public String monitoringSecret() {
        return values.getProperty("client." + MONITORING_CLIENT);
    }

    /** Staff id to password, in the order of the organisation file. */
    public Map<String, String> passwords(StaffDirectory staff) {
        Map<String, String> passwords = new LinkedHashMap<>();
        staff.everyone().forEach(person -> passwords.put(person.staffId(), passwordOf(person.staffId())));
        return passwords;
    }

    private String made(int length) {
        StringBuilder made = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            made.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return made.toString();
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path written = file.resolveSibling(FILE + ".new");
        try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            values.store(out, "Demo credentials of the local suite's OpenID provider; delete to make new ones");
        }
        restrict(written);
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void restrict(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }
}
