package se.kontaktman.platform;

import java.util.Map;

import org.springframework.boot.SpringApplication;

/** How every service of the suite is started, alone or side by side in the local suite. */
public final class ServiceApplications {

    /** The configuration every service shares ({@code kontaktman-service-defaults.yml} in this module). */
    public static final String SHARED_DEFAULTS = "kontaktman-service-defaults";

    private ServiceApplications() {
    }

    /**
     * A service reads the shared defaults and then {@code <configName>.yml}, which adds to them
     * and overrides them; not {@code application.yml}, so that several services can share one
     * classpath in the local suite.
     */
    public static SpringApplication create(Class<?> mainClass, String configName) {
        // Axon's update checker reads only system properties and the environment, not Spring's
        // configuration; a municipal system does not call home unless someone turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication app = new SpringApplication(mainClass);
        app.setDefaultProperties(Map.of("spring.config.name", configNames(configName)));
        return app;
    }

    /** Later names override earlier ones. */
    public static String configNames(String configName) {
        return SHARED_DEFAULTS + "," + configName;
    }
}
