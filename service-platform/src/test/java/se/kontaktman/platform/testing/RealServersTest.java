package se.kontaktman.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A service against a real MongoDB replica set (so with transactions) and a real Kafka broker,
 * as docker-compose runs them, started through the service's own main method. Skipped where no
 * Docker engine runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
@Testcontainers(disabledWithoutDocker = true)
@Import(TestClockConfiguration.class)
public abstract class RealServersTest {

    @Container
    protected static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    protected static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.0.0");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("spring.mongodb.database", () -> "kontaktman_it");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("kontaktman.mongo.transactions", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider.get()::issuer);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    private TransactionManager transactionManager;

    @Test
    void mongoTransactionsAreUsed() {
        assertThat(transactionManager).isNotInstanceOf(NoTransactionManager.class);
    }
}
