package se.kontaktman.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may sign in: the staff of the organisation file the suite seeds (the same file
 * assignment-service loads), each with the roles it gives them, and the configured administrators.
 * Staff marked inactive in the file may not sign in.
 */
@Component
public class StaffDirectory {

    /** Someone who may sign in; roles as the tokens carry them. */
    public record Person(String staffId, String name, List<String> roles) {
    }

    private final Map<String, Person> people;

    StaffDirectory(IdentityProperties properties) {
        Map<String, Person> read = new LinkedHashMap<>();
        if (properties.organisation() != null && !properties.organisation().isBlank()) {
            Resource file = new DefaultResourceLoader().getResource(properties.organisation());
            try (InputStream in = file.getInputStream()) {
                JsonNode organisation = JsonMapper.builder().build().readTree(in);
                for (JsonNode member : organisation.path("staff")) {
                    if (!member.path("active").asBoolean(true)) {
                        continue;
                    }
                    List<String> roles = new ArrayList<>();
                    member.path("roles").forEach(role -> roles.add(role.asString()));
                    String staffId = member.path("staffId").asString();
                    read.put(staffId, new Person(staffId, member.path("name").asString(), List.copyOf(roles)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the organisation " + properties.organisation(), e);
            }
        }
        for (IdentityProperties.Administrator administrator : properties.administrators()) {
            Person known = read.get(administrator.staffId());
            List<String> roles = new ArrayList<>(known == null ? List.of() : known.roles());
            roles.add(Roles.ADMINISTRATOR);
            read.put(administrator.staffId(), new Person(administrator.staffId(),
                    known == null ? administrator.name() : known.name(), List.copyOf(roles)));
        }
        this.people = Collections.unmodifiableMap(read);
    }

    public Optional<Person> find(String staffId) {
        return Optional.ofNullable(people.get(staffId));
    }

    /** Everyone who may sign in, in the order of the file. */
    public List<Person> everyone() {
        return List.copyOf(people.values());
    }
}
