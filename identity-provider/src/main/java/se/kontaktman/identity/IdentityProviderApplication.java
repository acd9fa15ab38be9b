package se.kontaktman.identity;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The local suite's OpenID provider: signs in the demo organisation's staff with their demo
 * passwords and issues the access tokens the services accept ({@code staff_id}, {@code roles},
 * audience {@code kontaktman}). For a developer's machine and demos only: in operation a
 * municipality's own provider (or docker-compose's Keycloak) takes its place, by configuration.
 */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityProviderApplication {

    public static final String CONFIG_NAME = "identity-provider";

    /**
     * Auto-configuration only the services use. Started beside them in one JVM (the local suite,
     * the benchmarks), the provider, and the gateway, find it on the classpath too: MongoDB's and
     * Kafka's would try to connect.
     */
    public static final String SERVICES_ONLY = String.join(",",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.axonframework.extensions.mongo.springboot.autoconfig.MongoAutoConfiguration",
            "org.axonframework.extensions.mongo.springboot.autoconfig.MongoDeadLetterProviderAutoConfiguration",
            "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration");

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(IdentityProviderApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME,
                "spring.autoconfigure.exclude", SERVICES_ONLY));
        return application;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
