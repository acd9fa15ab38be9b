package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** No Docker engine runs here, so this checks what can be checked: the file's shape. */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final JsonNode compose = new YAMLMapper().readTree(ROOT.resolve("docker-compose.yml").toFile());

    @Test
    void namesKafkaMongoAndEveryServiceModuleWithAHealthCheck() throws Exception {
        JsonNode services = compose.get("services");
        assertThat(services.propertyNames()).contains("kafka", "mongo");
        try (var modules = Files.list(ROOT)) {
            modules.filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .forEach(dir -> assertThat(services.has(dir.getFileName().toString()))
                            .as("docker-compose.yml names " + dir.getFileName()).isTrue());
        }
        services.propertyStream().forEach(service ->
                assertThat(service.getValue().has("healthcheck")).as(service.getKey() + " has a healthcheck").isTrue());
    }

    @Test
    void servicesAreBuiltFromThisRepositoryAgainstKafkaAndAMongoReplicaSet() {
        for (String name : List.of("assignment-service", "plan-service", "reminder-service", "reporting-service")) {
            JsonNode service = compose.get("services").get(name);
            assertThat(ROOT.resolve(service.get("build").get("dockerfile").asString())).exists();
            assertThat(service.get("build").get("args").get("SERVICE").asString()).isEqualTo(name);
            assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
            assertThat(service.get("environment").get("MONGODB_URI").asString()).contains("replicaSet=rs0");
            assertThat(service.get("environment").get("MONGODB_TRANSACTIONS").asString()).isEqualTo("true");
            assertThat(service.get("depends_on").propertyNames()).contains("kafka", "mongo");
        }
        assertThat(compose.get("services").get("mongo").get("command").toString()).contains("--replSet");
        assertThat(compose.get("services").get("kafka").get("environment").get("KAFKA_PROCESS_ROLES").asString())
                .isEqualTo("broker,controller");
    }

    @Test
    void theBrokerKeepsEveryEvent() {
        JsonNode kafka = compose.get("services").get("kafka").get("environment");
        assertThat(kafka.get("KAFKA_LOG_RETENTION_MS").asString()).isEqualTo("-1");
        assertThat(kafka.get("KAFKA_LOG_RETENTION_BYTES").asString()).isEqualTo("-1");
    }

    @Test
    void holdsNoSecrets() throws Exception {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));

        assertThat(Pattern.compile("(?i)(password|secret|token)\\s*[:=]\\s*\\S+").matcher(text).find()).isFalse();
    }
}
