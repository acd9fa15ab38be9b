package se.kontaktman.gateway;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The one place staff open in a browser: signs them in with the organisation's OpenID provider,
 * serves the Swedish UI, and passes their access token on to the services (which stay resource
 * servers) for every page and for the routes under {@code /api/<service>/}.
 */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

    public static final String CONFIG_NAME = "gateway";

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
