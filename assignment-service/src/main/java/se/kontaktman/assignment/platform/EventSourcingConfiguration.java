package se.kontaktman.assignment.platform;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** Axon on MongoDB: event store, token store and saga store; Jackson 3 on the wire. */
@Configuration(proxyBeanMethods = false)
public class EventSourcingConfiguration {

    /**
     * Tracking tokens carry a polymorphic field that Jackson 3's default validator refuses;
     * allow Axon's and the JDK's collection types, and our own.
     */
    @Bean
    Jackson3SerializerCustomizer polymorphicTypesForAxonTokens() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("se.kontaktman.")
                .build());
    }

    /**
     * A server without sessions (the embedded MongoDB-wire server) cannot run Mongo
     * transactions. Then event append and token update are not atomic, which every event
     * handler here tolerates by being idempotent.
     */
    @Bean
    @ConditionalOnProperty(name = "assignment.mongo.transactions", havingValue = "false")
    TransactionManager transactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    /** Every command is checked against the constraints on its record before it reaches a handler. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> validateCommandsOnDispatch() {
        return new BeanValidationInterceptor<>();
    }

    /**
     * A failing event handler must not skip the event: the processor releases its claim and
     * retries the same event with back-off, so views and the Kafka outbox lose nothing.
     */
    @Bean
    ConfigurerModule retryFailedEventHandlers() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

}
