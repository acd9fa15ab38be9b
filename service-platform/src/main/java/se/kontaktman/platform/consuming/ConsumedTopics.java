package se.kontaktman.platform.consuming;

import java.util.List;

/**
 * Topics a service reads with consumers it makes itself rather than with {@code @KafkaListener}
 * (reporting-service's generations), so that their dead-letter topics are known to the
 * {@code deadletters} endpoint too; the topics of listeners are found without it.
 */
public record ConsumedTopics(List<String> topics) {

    public ConsumedTopics {
        topics = List.copyOf(topics);
    }
}
