package se.kontaktman.subscriber;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A sample subscribing system: reads every topic of the suite from the beginning, skips what it
 * cannot or need not read, deduplicates on the CloudEvent id and writes each event once, as one
 * JSON line, to a file. The file is the "sink" an integrator replaces with their own system
 * ({@link EventSink}).
 */
@SpringBootApplication
public class SampleSubscriberApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleSubscriberApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    JsonLinesFileSink sink(@Value("${kontaktman.subscriber.output:seen-events.jsonl}") Path output) {
        return new JsonLinesFileSink(output);
    }

    @Bean
    SubscriberCounts subscriberCounts() {
        return new SubscriberCounts();
    }

    @Bean
    EventSubscriber eventSubscriber(EventSink sink, SubscriberCounts counts) {
        return new EventSubscriber(sink, counts);
    }

    /**
     * Records that cannot be read never reach here: the listener skips them. What does is a failure
     * of the sink (a full disk, the integrator's database away): the batch is tried again, every
     * few seconds, for as long as it takes. Skipping it would lose events; the consumer group's lag
     * shows the stall. Nothing goes to a dead-letter topic: the topics belong to the suite.
     */
    @Bean
    CommonErrorHandler retryTheSinkForever(
            @Value("${kontaktman.subscriber.retry-interval:5s}") Duration interval) {
        return new DefaultErrorHandler(new FixedBackOff(interval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
    }
}
