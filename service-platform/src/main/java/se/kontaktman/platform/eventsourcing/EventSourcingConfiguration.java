package se.kontaktman.platform.eventsourcing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.StorageStrategy;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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
    @ConditionalOnProperty(name = "kontaktman.mongo.transactions", havingValue = "false")
    TransactionManager transactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    /** Without transactions, the views catch up with the event store at start ({@link ViewCatchUp}). */
    @Bean
    @ConditionalOnProperty(name = "kontaktman.mongo.transactions", havingValue = "false")
    ViewCatchUp viewCatchUp(org.axonframework.config.Configuration axon, EventStorageEngine eventStorageEngine) {
        return new ViewCatchUp(axon, eventStorageEngine);
    }

    /** One aggregate's events given to the views again, for a command MongoDB went away during. */
    @Bean
    ViewRepair viewRepair(org.axonframework.config.Configuration axon, EventStore eventStore) {
        return new ViewRepair(axon, eventStore);
    }

    /** The gate live events pass on their way to the views, which a rebuild closes. */
    @Bean
    LiveViewUpdates liveViewUpdates() {
        return new LiveViewUpdates();
    }

    /**
     * {@code POST /actuator/views}: the views cleared and rebuilt from the event store, for a
     * service that names its view collections in {@code kontaktman.views.collections}.
     */
    @Bean
    @ConditionalOnProperty(name = "kontaktman.views.collections")
    EventStoreViewRebuild eventStoreViewRebuild(org.axonframework.config.Configuration axon,
                                                EventStorageEngine eventStorageEngine,
                                                org.springframework.data.mongodb.core.MongoTemplate mongo,
                                                MongoTemplate axonMongoTemplate, LiveViewUpdates live,
                                                @Value("${kontaktman.views.collections}") List<String> collections) {
        return new EventStoreViewRebuild(axon, eventStorageEngine, mongo, collections, live,
                () -> axonMongoTemplate.eventCollection().countDocuments());
    }

    /** The Mongo extension's storage engine, declared here because the event store below is. */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate, TransactionManager transactionManager,
                                          Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          StorageStrategy storageStrategy, org.axonframework.config.Configuration axon) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .transactionManager(transactionManager)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .storageStrategy(storageStrategy)
                .upcasterChain(axon.upcasterChain())
                .build();
    }

    /**
     * The Kafka publisher is the only processor that tracks the store, so the store's shared
     * producer thread buys nothing; and with it the publisher was seen to stop receiving events
     * after a few idle seconds on the Mongo store. Without it the processor reads the store
     * itself.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /**
     * Aggregates stay in memory between commands, so a command does not read its aggregate's
     * events again. Safe with several instances: an append on a stale copy breaks the event
     * store's unique (aggregate, sequence) index, the command is refused as a concurrent change
     * and Axon drops the copy.
     */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /** Every command is checked against the constraints on its record before it reaches a handler. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> validateCommandsOnDispatch() {
        return new BeanValidationInterceptor<>();
    }

    /**
     * Views are subscribing processors unless configured otherwise: updated in the unit of work
     * that stores the events, so they commit together with Mongo transactions and an answer is
     * never ahead of a following read. The Kafka publisher is configured as tracking
     * ({@code kontaktman-service-defaults.yml}). A failing event handler must not skip the event:
     * in a view the failure refuses the command; in the publisher the processor releases its claim
     * and retries the same event with back-off.
     */
    @Bean
    ConfigurerModule subscribingViewsAndNoSkippedEvents(LiveViewUpdates live) {
        return configurer -> configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultHandlerInterceptor(live::interceptorFor)
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

}
