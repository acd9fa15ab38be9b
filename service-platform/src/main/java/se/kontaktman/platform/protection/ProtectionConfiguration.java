package se.kontaktman.platform.protection;

import java.time.Clock;

import com.mongodb.client.MongoClient;
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
    RetentionTime retentionTime(@Value("${kontaktman.retention.years:5}") int years) {
        return new RetentionTime(years);
    }

    /**
     * The data keys in a database of their own (default: the service's database name with
     * {@code _keys}), on the same server, so that operations can back it up apart from the data and
     * keep those copies for a shorter time: a destroyed key is gone from the backups when they expire.
     */
    @Bean
    Vault vault(MongoClient client, @Value("${kontaktman.protection.keys-database:${spring.mongodb.database}_keys}")
                String keysDatabase, MasterKey masterKey, Clock clock, MeterRegistry meters) {
        return new Vault(new MongoTemplate(client, keysDatabase), masterKey, clock, meters);
    }
}
