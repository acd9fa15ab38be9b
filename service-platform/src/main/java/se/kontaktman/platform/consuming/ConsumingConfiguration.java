package se.kontaktman.platform.consuming;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import se.kontaktman.events.MalformedEventException;
import se.kontaktman.events.Topics;
import se.kontaktman.platform.publishing.PublishedTopics;

/**
 * For a service that learns from other services' topics. A record that cannot be read (not a
 * CloudEvent, or one of a known type whose data breaks its schema) goes to {@code <topic>.dlt} at once
 * (a type this copy of shared-events does not know is skipped and counted, not set aside)
 * and the consumer carries on. Any other failure (MongoDB away, say) is retried with growing
 * pauses for as long as it takes: skipping a fact would leave a case wrong, and the consumer's lag
 * shows the stall to operations. Listeners read records with {@link IncomingEvents}. Once a fix
 * lets them be read, operations put them back on their topic ({@link DeadLettersEndpoint}).
 */
@Configuration(proxyBeanMethods = false)
public class ConsumingConfiguration {

    @Bean
    IncomingEvents incomingEvents() {
        return new IncomingEvents();
    }

    /**
     * Sends a record, unchanged and with the failure in its headers, to {@code <topic>.dlt}, and
     * counts it per topic ({@code kontaktman.consumer.dead.lettered}), so that operations see
     * records left behind; a batch listener uses it directly.
     */
    @Bean
    DeadLetterPublishingRecoverer deadLetters(KafkaTemplate<String, byte[]> template, MeterRegistry meters) {
        return new DeadLetterPublishingRecoverer(template, (record, failure) -> {
            Counter.builder("kontaktman.consumer.dead.lettered").tag("topic", record.topic())
                    .description("Records that could not be read, sent to the topic's dead-letter topic")
                    .register(meters).increment();
            return new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1);
        });
    }

    /**
     * The dead-letter topics, made by the services that write them and kept for good like the
     * topics themselves: a broker would otherwise make one on the first record set aside, with its
     * default retention (seven days), and the record could be gone before a fix comes to re-drive
     * it. Every topic's, as any consuming service may read any topic.
     */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics() {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .map(topic -> PublishedTopics.keepingEverything(Topics.deadLetterTopicOf(topic)))
                .toArray(NewTopic[]::new));
    }

    @Bean
    DefaultErrorHandler deadLetterOrRetry(DeadLetterPublishingRecoverer deadLetters) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetterRedrive deadLetterRedrive(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, byte[]> template,
                                        @Value("${kontaktman.deadletters.redrive-group:kontaktman-redrive}") String group,
                                        @Value("${kontaktman.deadletters.patience:PT60S}") Duration patience) {
        return new DeadLetterRedrive((ConsumerFactory<String, byte[]>) consumers, template, group, patience);
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedrive redrive, KafkaListenerEndpointRegistry listeners,
                                            ObjectProvider<ConsumedTopics> declared) {
        return new DeadLettersEndpoint(redrive, listeners, declared);
    }
}
