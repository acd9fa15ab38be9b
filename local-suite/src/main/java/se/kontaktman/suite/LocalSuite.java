package se.kontaktman.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.kontaktman.assignment.AssignmentServiceApplication;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.embedded.EmbeddedMongo;
import se.kontaktman.events.AsyncApiDocuments;
import se.kontaktman.gateway.GatewayApplication;
import se.kontaktman.identity.DemoCredentials;
import se.kontaktman.identity.IdentityProviderApplication;
import se.kontaktman.identity.StaffDirectory;
import se.kontaktman.identity.signin.PasswordSignIn;
import se.kontaktman.plan.PlanServiceApplication;
import se.kontaktman.reminder.ReminderServiceApplication;
import se.kontaktman.reporting.ReportingServiceApplication;

/**
 * The whole suite in one process for a developer's machine or a demo: a real Kafka broker
 * (KRaft), a MongoDB-wire server keeping its data in one file, and every service on its own
 * port, each in its own Spring context exactly as it would run alone.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);

    /**
     * The gateway's routing, which the services and the provider find on the one classpath too:
     * its form filter would hide a form's fields from the application behind it.
     */
    private static final String GATEWAY_ONLY = String.join(",",
            "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration");

    /**
     * Where things listen and where data is kept; see {@link #fromEnvironment()}. With
     * {@code servers} set, the services use those instead of the embedded ones.
     */
    public record Settings(Path dataDir, int kafkaPort, int mongoPort, int identityPort, int assignmentPort,
                           int planPort, int reminderPort, int reportingPort, String organisationSeed,
                           ExternalServers servers, String issuer, String databasePrefix,
                           boolean assignmentOnly, List<String> arguments, int gatewayPort) {

        public Settings {
            arguments = List.copyOf(arguments);
        }

        /** Embedded servers, the suite's own OpenID provider and every service; port 0 means any free port. */
        public Settings(Path dataDir, int kafkaPort, int mongoPort, int identityPort, int assignmentPort, int planPort,
                        int reminderPort, int reportingPort, String organisationSeed) {
            this(dataDir, kafkaPort, mongoPort, identityPort, assignmentPort, planPort, reminderPort, reportingPort,
                    organisationSeed, null, null, "kontaktman", false, List.of(), 0);
        }

        /**
         * With command-line arguments for every service, such as {@code --kontaktman.clock.offset=P30D}:
         * {@code --name=value} outranks the suite's own setting of the same name.
         */
        public Settings withArguments(List<String> given) {
            return new Settings(dataDir, kafkaPort, mongoPort, identityPort, assignmentPort, planPort, reminderPort,
                    reportingPort, organisationSeed, servers, issuer, databasePrefix, assignmentOnly, given, gatewayPort);
        }
    }

    /**
     * A real MongoDB and Kafka, such as docker-compose's. A MongoDB replica set gives
     * transactions; a standalone server or the embedded one does not.
     */
    public record ExternalServers(String mongoUri, String kafkaBootstrapServers, boolean mongoTransactions) {
    }

    private final Settings settings;
    private EmbeddedMongo mongo;
    private EmbeddedKafka kafka;
    private ExternalServers servers;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private ConfigurableApplicationContext identity;
    private ConfigurableApplicationContext gateway;
    private int gatewayPort;
    private String issuer;
    private final Map<String, String> endpoints = new LinkedHashMap<>();

    private LocalSuite(Settings settings) {
        this.settings = settings;
    }

    /**
     * Settings from environment variables, with the embedded defaults: data under
     * {@code ./data}, Kafka on 19092, MongoDB on 37017, assignment-service on 8081, plan-service
     * on 8082, reminder-service on 8083, reporting-service on 8084. With both
     * {@code MONGODB_URI} and {@code KAFKA_BOOTSTRAP_SERVERS} set, no embedded server starts.
     */
    public static Settings fromEnvironment() {
        String mongoUri = env("MONGODB_URI", "");
        String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "");
        if (mongoUri.isEmpty() != kafka.isEmpty()) {
            throw new IllegalArgumentException("Set both MONGODB_URI and KAFKA_BOOTSTRAP_SERVERS, or neither");
        }
        ExternalServers servers = mongoUri.isEmpty() ? null
                : new ExternalServers(mongoUri, kafka, Boolean.parseBoolean(env("MONGODB_TRANSACTIONS", "true")));
        return new Settings(
                Path.of(env("KONTAKTMAN_DATA_DIR", "data")),
                Integer.parseInt(env("KONTAKTMAN_KAFKA_PORT", "19092")),
                Integer.parseInt(env("KONTAKTMAN_MONGO_PORT", "37017")),
                Integer.parseInt(env("IDENTITY_PORT", "9000")),
                Integer.parseInt(env("ASSIGNMENT_PORT", "8081")),
                Integer.parseInt(env("PLAN_PORT", "8082")),
                Integer.parseInt(env("REMINDER_PORT", "8083")),
                Integer.parseInt(env("REPORTING_PORT", "8084")),
                env("ORGANISATION_SEED", "classpath:seed/organisation.json"),
                servers, env("KONTAKTMAN_ISSUER_URI", "").isEmpty() ? null : env("KONTAKTMAN_ISSUER_URI", ""),
                "kontaktman", false, List.of(), Integer.parseInt(env("GATEWAY_PORT", "8080")));
    }

    public static LocalSuite start(Settings settings) {
        LocalSuite suite = new LocalSuite(settings);
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private void startAll() {
        Path data = settings.dataDir().toAbsolutePath();
        if (settings.servers() == null) {
            mongo = EmbeddedMongo.onDisk(data.resolve("mongo/kontaktman.mv"), settings.mongoPort()).start();
            kafka = new EmbeddedKafka(data.resolve("kafka"), settings.kafkaPort()).start();
            servers = new ExternalServers(mongo.connectionString(), kafka.bootstrapServers(), false);
        } else {
            servers = settings.servers();
        }
        endpoints.put("Kafka bootstrap servers", servers.kafkaBootstrapServers());
        endpoints.put("MongoDB", servers.mongoUri());
        if (mongo != null) {
            endpoints.put("Data folder", data.toString());
        }
        gatewayPort = settings.gatewayPort() != 0 ? settings.gatewayPort() : Benchmarks.freePort();
        startSignIn(data);

        SpringApplication assignment = AssignmentServiceApplication.application();
        services.add(run(assignment, Map.of(
                "server.port", String.valueOf(settings.assignmentPort()),
                "spring.mongodb.database", settings.databasePrefix() + "_assignment",
                "assignment.seed.organisation", settings.organisationSeed())));
        endpoints.put("assignment-service", describe(services.get(0)));
        if (settings.assignmentOnly()) {
            return;
        }

        services.add(run(PlanServiceApplication.application(), Map.of(
                "server.port", String.valueOf(settings.planPort()),
                "spring.mongodb.database", settings.databasePrefix() + "_plan",
                "spring.kafka.consumer.group-id", settings.databasePrefix() + "-plan-service")));
        endpoints.put("plan-service", describe(services.get(1)));

        services.add(run(ReminderServiceApplication.application(), Map.of(
                "server.port", String.valueOf(settings.reminderPort()),
                "spring.mongodb.database", settings.databasePrefix() + "_reminder",
                "spring.kafka.consumer.group-id", settings.databasePrefix() + "-reminder-service")));
        endpoints.put("reminder-service", describe(services.get(2)));

        services.add(run(ReportingServiceApplication.application(), Map.of(
                "server.port", String.valueOf(settings.reportingPort()),
                "spring.mongodb.database", settings.databasePrefix() + "_reporting",
                "spring.kafka.consumer.group-id", settings.databasePrefix() + "-reporting-service")));
        endpoints.put("reporting-service", describe(services.get(3)));
        startGateway();
    }

    /** Last: it reads the provider's configuration at start and calls the services. */
    private void startGateway() {
        SpringApplication app = GatewayApplication.application();
        app.setRegisterShutdownHook(false);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(gatewayPort));
        properties.put("spring.autoconfigure.exclude", IdentityProviderApplication.SERVICES_ONLY);
        properties.put("spring.security.oauth2.client.provider.kontaktman.issuer-uri", issuer);
        properties.put("kontaktman.gateway.issuer", issuer);
        properties.put("kontaktman.gateway.services.assignment", "http://localhost:" + assignmentPort());
        properties.put("kontaktman.gateway.services.plan", "http://localhost:" + planPort());
        properties.put("kontaktman.gateway.services.reminder", "http://localhost:" + reminderPort());
        properties.put("kontaktman.gateway.services.reporting", "http://localhost:" + reportingPort());
        gateway = app.run(arguments(properties));
        endpoints.put("gateway", "http://localhost:" + port(gateway) + "  (the staff UI; /api/<service>/ with a session)");
    }

    /**
     * The suite's own OpenID provider, unless the settings name another (KONTAKTMAN_ISSUER_URI):
     * first, so that the services can fetch its keys. Its address is fixed before it starts, as
     * its tokens carry it.
     */
    private void startSignIn(Path data) {
        if (settings.issuer() != null) {
            issuer = settings.issuer();
            endpoints.put("OpenID provider", issuer + "  (given)");
            return;
        }
        int port = settings.identityPort() != 0 ? settings.identityPort() : Benchmarks.freePort();
        issuer = "http://localhost:" + port;
        SpringApplication provider = IdentityProviderApplication.application();
        provider.setRegisterShutdownHook(false);
        identity = provider.run(arguments(Map.of(
                "server.port", String.valueOf(port),
                "kontaktman.identity.issuer", issuer,
                "kontaktman.identity.data-dir", data.resolve("identity").toString(),
                "kontaktman.identity.organisation", settings.organisationSeed(),
                "kontaktman.identity.gateway", "http://localhost:" + gatewayPort,
                "spring.autoconfigure.exclude", IdentityProviderApplication.SERVICES_ONLY + "," + GATEWAY_ONLY)));
        endpoints.put("OpenID provider", issuer + "  (sign in with a staff id and its demo password, below)");
    }

    private ConfigurableApplicationContext run(SpringApplication app, Map<String, String> own) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", servers.mongoUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        properties.put("spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers());
        // The embedded MongoDB-wire server has no sessions, so no transactions.
        properties.put("kontaktman.mongo.transactions", String.valueOf(servers.mongoTransactions()));
        properties.put("spring.autoconfigure.exclude", GATEWAY_ONLY);
        if (env("KONTAKTMAN_MASTER_KEY", "").isBlank() && env("KONTAKTMAN_MASTER_KEY_FILE", "").isBlank()) {
            properties.put("kontaktman.protection.master-key-file",
                    DemoMasterKey.in(settings.dataDir().toAbsolutePath().resolve("keys")).toString());
        }
        properties.putAll(own);
        app.setRegisterShutdownHook(false);
        return app.run(arguments(properties));
    }

    private String[] arguments(Map<String, String> own) {
        Map<String, String> properties = new LinkedHashMap<>(own);
        List<String> others = new ArrayList<>();
        for (String argument : settings.arguments()) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 2) {
                properties.put(argument.substring(2, equals), argument.substring(equals + 1));
            } else {
                others.add(argument);
            }
        }
        // As command-line arguments: they outrank the service's own configuration file. A name
        // given twice would be read as both values joined, so the suite's and the user's are merged.
        List<String> arguments = new ArrayList<>(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toList());
        arguments.addAll(others);
        return arguments.toArray(String[]::new);
    }

    private static String describe(ConfigurableApplicationContext service) {
        String base = "http://localhost:" + port(service);
        // A subscriber's first address: the published events' AsyncAPI document, where there is one.
        String events = AsyncApiDocuments.kept(service.getEnvironment().getProperty("spring.application.name"))
                .isPresent() ? ", events: " + base + "/asyncapi" : "";
        return base + "  (API document: " + base + "/v3/api-docs" + events + ", health: " + base
                + "/actuator/health)";
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    public Map<String, String> endpoints() {
        return Collections.unmodifiableMap(endpoints);
    }

    /** The OpenID provider whose tokens the services accept. */
    public String issuer() {
        return issuer;
    }

    /** The demo staff's passwords, by staff id; empty where another provider signs people in. */
    public Map<String, String> demoPasswords() {
        if (identity == null) {
            return Map.of();
        }
        return identity.getBean(DemoCredentials.class).passwords(identity.getBean(StaffDirectory.class));
    }

    /** A signed-in staff member's access token, from the suite's own provider. */
    public String signIn(String staffId) {
        return new PasswordSignIn(issuer).accessToken(staffId, demoPasswords().get(staffId));
    }

    /** A monitoring system's access token (role OPERATIONS), for the actuator's metrics. */
    public String monitoringToken() {
        return new PasswordSignIn(issuer).clientToken(DemoCredentials.MONITORING_CLIENT,
                identity.getBean(DemoCredentials.class).monitoringSecret());
    }

    /** The servers in use: the embedded ones, or those the settings named. */
    public ExternalServers servers() {
        return servers;
    }

    public boolean embedded() {
        return mongo != null;
    }

    public int assignmentPort() {
        return port(services.get(0));
    }

    public int planPort() {
        return port(services.get(1));
    }

    public int reminderPort() {
        return port(services.get(2));
    }

    public int reportingPort() {
        return port(services.get(3));
    }

    /** Where staff open the suite in a browser. */
    public int gatewayPort() {
        return port(gateway);
    }

    /** Services first, so that nothing talks to a broker or database that is already gone. */
    @Override
    public synchronized void close() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        if (identity != null) {
            identity.close();
            identity = null;
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("benchmark") && args[1].equals("reminder")) {
            ReminderBenchmark.run(java.util.Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("benchmark") && args[1].equals("reporting")) {
            ReportingBenchmark.run(java.util.Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("token")) {
            try {
                printToken(args);
            } catch (RuntimeException refused) {
                // A command-line tool: the reason, not a stack trace.
                System.err.println("token: " + refused.getMessage());
                System.exit(2);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("benchmark")) {
            AssignmentBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LocalSuite suite = start(fromEnvironment().withArguments(List.of(args)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the suite...");
            suite.close();
            log.info("Stopped.");
        }, "suite-shutdown"));
        StringBuilder ready = new StringBuilder("\n\nThe kontaktman suite is ready.\n");
        if (suite.gateway != null) {
            ready.append("\n  Open http://localhost:").append(suite.gatewayPort())
                    .append(" in a browser and sign in as a member of staff.\n\n");
        }
        ready.append("For integrators and operations:\n");
        suite.endpoints().forEach((what, where) -> ready.append(String.format("  %-24s %s%n", what, where)));
        if (!suite.demoPasswords().isEmpty()) {
            ready.append("Demo sign-in (staff id, password; kept in the data folder):\n");
            suite.demoPasswords().forEach((staffId, password) ->
                    ready.append(String.format("  %-24s %s%n", staffId, password)));
            ready.append("An access token for curl: java -jar local-suite/target/local-suite.jar token <staff id>\n");
        }
        ready.append("Stop it with Ctrl-C.\n");
        log.info(ready.toString());
    }

    /**
     * {@code token <staff id> [password]}: signs the staff member in at the running suite's
     * provider, through its sign-in form, and prints the access token, for curl. Without a
     * password, the demo password kept in the data folder (KONTAKTMAN_DATA_DIR, default ./data,
     * so run it where the suite runs). {@code token --operations}: the monitoring client's token
     * (role OPERATIONS), for the actuator's endpoints.
     */
    private static void printToken(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: token <staff id> [password] | token --operations");
        }
        Settings settings = fromEnvironment();
        String issuer = settings.issuer() != null ? settings.issuer() : "http://localhost:" + settings.identityPort();
        if (args[1].equals("--operations")) {
            System.out.println(new PasswordSignIn(issuer).clientToken(DemoCredentials.MONITORING_CLIENT,
                    DemoCredentials.monitoringSecretIn(settings.dataDir().resolve("identity"))));
            return;
        }
        String password = args.length > 2 ? args[2]
                : DemoCredentials.passwordIn(settings.dataDir().resolve("identity"), args[1]);
        if (password == null) {
            throw new IllegalArgumentException("no demo password for " + args[1]
                    + " (the staff ids are the ones the suite printed at start)");
        }
        System.out.println(new PasswordSignIn(issuer).accessToken(args[1], password));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
