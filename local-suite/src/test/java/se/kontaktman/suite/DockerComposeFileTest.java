package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** No Docker engine runs here, so this checks what can be checked: the file's shape. */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final JsonMapper JSON = JsonMapper.builder().build();
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
            // An answer means it is stored: on a majority of the replica set, in its journal.
            assertThat(service.get("environment").get("MONGODB_URI").asString()).contains("replicaSet=rs0", "w=majority",
                    "journal=true");
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
        // A value taken from the environment (${NAME...}) is where a secret belongs: those go first.
        String text = Files.readString(ROOT.resolve("docker-compose.yml")).replaceAll("\\$\\{[^}]*}", "");

        assertThat(Pattern.compile("(?i)(password|secret|token)[ \\t]*[:=][ \\t]*\\S+").matcher(text).find()).isFalse();
    }

    @Test
    void theServicesKeepingPersonalDataTakeTheMasterKeyFromTheEnvironmentAndRefuseToStartWithoutIt() {
        for (String name : List.of("assignment-service", "plan-service")) {
            assertThat(compose.get("services").get(name).get("environment").get("KONTAKTMAN_MASTER_KEY").asString())
                    .isEqualTo("${KONTAKTMAN_MASTER_KEY:?set KONTAKTMAN_MASTER_KEY in .env}");
        }
    }

    @Test
    void keycloakImportsTheDemoRealmAndEveryServiceAcceptsOnlyItsTokens() {
        JsonNode keycloak = compose.get("services").get("keycloak");
        assertThat(keycloak.get("command").toString()).contains("--import-realm", "--hostname=http://localhost:8180");
        assertThat(keycloak.get("volumes").toString()).contains("./keycloak/kontaktman-realm.json:/opt/keycloak/data/import/");
        for (String name : List.of("assignment-service", "plan-service", "reminder-service", "reporting-service")) {
            JsonNode environment = compose.get("services").get(name).get("environment");
            assertThat(environment.get("KONTAKTMAN_ISSUER_URI").asString())
                    .endsWith(":-http://localhost:8180/realms/kontaktman}");
            assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI").asString())
                    .contains("http://keycloak:8180/realms/kontaktman/protocol/openid-connect/certs");
        }
    }

    @Test
    void theGatewaySignsStaffInWithKeycloakAsAPublicClientWithPkceAndCallsTheServices() throws Exception {
        JsonNode gateway = compose.get("services").get("gateway");
        assertThat(gateway.get("build").get("args").get("SERVICE").asString()).isEqualTo("gateway");
        // The provider's address is the same for the browser and the gateway: the host's.
        assertThat(gateway.get("network_mode").asString()).isEqualTo("host");
        assertThat(gateway.get("environment").get("KONTAKTMAN_ISSUER_URI").asString())
                .endsWith(":-http://localhost:8180/realms/kontaktman}");
        assertThat(gateway.get("environment").get("PLAN_URL").asString()).isEqualTo("http://localhost:8082");
        assertThat(compose.get("services").get("plan-service").get("ports").toString()).contains("127.0.0.1:8082:8082");
        JsonNode client = null;
        for (JsonNode candidate : JSON.readTree(ROOT.resolve("keycloak/kontaktman-realm.json").toFile()).get("clients")) {
            if ("kontaktman-gateway".equals(candidate.get("clientId").asString())) {
                client = candidate;
            }
        }
        assertThat(client).as("the gateway's client in the realm").isNotNull();
        assertThat(client.get("publicClient").asBoolean()).isTrue();
        assertThat(client.at("/attributes/pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(client.get("redirectUris").toString()).contains("http://localhost:8080/login/oauth2/code/kontaktman");
        assertThat(client.at("/attributes/post.logout.redirect.uris").asString()).isEqualTo("http://localhost:8080/utloggad");
        for (JsonNode mapper : client.get("protocolMappers")) {
            if ("roles".equals(mapper.get("name").asString())) {
                assertThat(mapper.at("/config/id.token.claim").asString()).as("the pages fit the roles").isEqualTo("true");
            }
        }
    }

    @Test
    void theRealmKnowsTheSeedsStaffWithTheirRolesMapsTheClaimsTheServicesReadAndHoldsNoSecrets() throws Exception {
        JsonNode realm = JSON.readTree(ROOT.resolve("keycloak/kontaktman-realm.json").toFile());
        JsonNode seed = JSON.readTree(ROOT.resolve("local-suite/src/main/resources/seed/organisation.json").toFile());
        Map<String, Set<String>> realmRoles = new HashMap<>();
        realm.get("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                assertThat(user.at("/attributes/staff_id/0").asString()).isEqualTo(user.get("username").asString());
                user.get("credentials").forEach(credential -> {
                    assertThat(credential.get("value").asString()).isEqualTo("${KONTAKTMAN_DEMO_PASSWORD}");
                    assertThat(credential.get("temporary").asBoolean()).isTrue();
                });
            }
            Set<String> roles = new HashSet<>();
            user.get("realmRoles").forEach(role -> roles.add(role.asString()));
            realmRoles.put(user.get("username").asString(), roles);
        });
        seed.get("staff").forEach(member -> {
            Set<String> roles = new HashSet<>();
            member.get("roles").forEach(role -> roles.add(role.asString()));
            assertThat(realmRoles.get(member.get("staffId").asString())).as(member.get("staffId").asString())
                    .isEqualTo(roles);
        });
        assertThat(realmRoles.get("sara.admin")).containsExactly("ADMINISTRATOR");
        assertThat(realmRoles.get("service-account-kontaktman-monitoring")).containsExactly("OPERATIONS");
        // Since Keycloak 24 an attribute the user profile does not declare is dropped: staff_id is
        // declared, and only administrators may set it (a user who could would choose whose cases to see).
        JsonNode profile = JSON.readTree(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config"
                + "/kc.user.profile.config/0").asString());
        JsonNode staffId = null;
        for (JsonNode attribute : profile.get("attributes")) {
            if ("staff_id".equals(attribute.get("name").asString())) {
                staffId = attribute;
            }
        }
        assertThat(staffId).as("staff_id declared in the user profile").isNotNull();
        assertThat(staffId.at("/permissions/edit").toString()).isEqualTo("[\"admin\"]");
        realm.get("clients").forEach(client -> {
            assertThat(client.get("protocolMappers").findValuesAsString("claim.name")).contains("staff_id", "roles");
            assertThat(client.get("protocolMappers").findValuesAsString("included.custom.audience"))
                    .containsExactly("kontaktman");
            if (client.has("secret")) {
                assertThat(client.get("secret").asString()).startsWith("${");
            }
        });
    }
}
