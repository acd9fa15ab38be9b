package se.kontaktman.platform.publishing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Whether the Kafka cluster answers, for every service: part of its health, not of its readiness. */
@Configuration(proxyBeanMethods = false)
public class KafkaHealthConfiguration {

    /** Named {@code kafka}: its name in {@code /actuator/health}. */
    @Bean
    KafkaHealthIndicator kafka(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
