package se.kontaktman.platform.consuming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import se.kontaktman.events.Topics;

/**
 * {@code /actuator/deadletters}, for operations (the actuator's rule: a token with the role
 * OPERATIONS): {@code GET} lists the dead-letter topic of every topic this service reads, with how
 * many records wait there and the oldest one's reason; {@code POST /actuator/deadletters/{topic}}
 * re-drives {@code <topic>.dlt} back to {@code <topic>} ({@link DeadLetterRedrive}) and answers
 * how many records it sent.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final DeadLetterRedrive redrive;
    private final KafkaListenerEndpointRegistry listeners;
    private final ObjectProvider<ConsumedTopics> declared;

    DeadLettersEndpoint(DeadLetterRedrive redrive, KafkaListenerEndpointRegistry listeners,
                        ObjectProvider<ConsumedTopics> declared) {
        this.redrive = redrive;
        this.listeners = listeners;
        this.declared = declared;
    }

    public record DeadLetterTopics(List<DeadLetterRedrive.Waiting> deadLetterTopics) {
    }

    @ReadOperation
    public DeadLetterTopics deadLetterTopics() {
        return new DeadLetterTopics(topicsRead().stream().map(redrive::waiting).toList());
    }

    @WriteOperation
    public WebEndpointResponse<Object> redrive(@Selector String topic) {
        if (!topicsRead().contains(topic)) {
            return problem(404, "not-found", "Not found", "this service reads no topic of that name",
                    "read-topic");
        }
        try {
            return new WebEndpointResponse<>(redrive.redrive(topic), 200);
        } catch (DeadLetterRedrive.RedriveFailedException e) {
            return problem(503, "unavailable", "Kafka unavailable", e.getMessage(), "kafka-acknowledged");
        }
    }

    /**
     * The topics of this service's listeners and those declared as {@link ConsumedTopics}: the
     * topics whose records its consumers may set aside. Asked each time, as listeners register late.
     */
    TreeSet<String> topicsRead() {
        TreeSet<String> topics = new TreeSet<>();
        for (MessageListenerContainer container : listeners.getAllListenerContainers()) {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null) {
                topics.addAll(List.of(names));
            }
        }
        declared.orderedStream().forEach(consumed -> topics.addAll(consumed.topics()));
        // Only the suite's own topics: their dead-letter topics are the ones its recoverer writes.
        topics.retainAll(Topics.ALL);
        return topics;
    }

    private static WebEndpointResponse<Object> problem(int status, String type, String title, String detail,
                                                       String rule) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:se.kontaktman:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("rule", rule);
        problem.put("errors", List.of(Map.of("field", "topic", "rule", rule, "message", detail)));
        return new WebEndpointResponse<>(problem, status, PROBLEM);
    }
}
