package se.kontaktman.platform.publishing;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import se.kontaktman.platform.time.BusinessTime;

/**
 * The event store as the outbox: every stored event whose {@link IntegrationEventMapping} gives
 * an integration event is published to Kafka, at least once and in order. A service provides the
 * mapping; this provides the rest.
 */
@Configuration(proxyBeanMethods = false)
public class PublishingConfiguration {

    @Bean
    KafkaEventSender kafkaEventSender(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters,
                                      @Value("${kontaktman.publisher.patience:PT30S}") Duration patience,
                                      @Value("${kontaktman.publisher.send-timeout:PT20S}") Duration sendTimeout) {
        return new KafkaEventSender(kafka, meters, patience, sendTimeout);
    }

    @Bean
    KafkaOutbox kafkaOutbox(KafkaEventSender sender, IntegrationEventMapping mapping,
                            @Value("${spring.application.name}") String service, BusinessTime businessTime) {
        return new KafkaOutbox(sender, mapping, service, businessTime);
    }
}
