package se.kontaktman.platform.protection;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Encryption of personal data at rest, for a service that keeps a client's personal data
 * (assignment-service: personnummer and name; plan-service: the plan's text and notes): imported
 * by that service. It does not start without a master key.
 */
@Configuration(proxyBeanMethods = false)
public class ProtectionConfiguration {

    @Bean
    MasterKey masterKey(@Value("${kontaktman.protection.master-key:}") String key,
                        @Value("${kontaktman.protection.master-key-file:}") String file) {
        return MasterKey.from(key, file);
    }

    @Bean
    Vault vault(MongoTemplate mongo, MasterKey masterKey, Clock clock, MeterRegistry meters) {
        return new Vault(mongo, masterKey, clock, meters);
    }
}
