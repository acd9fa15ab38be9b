package se.kontaktman.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import se.kontaktman.platform.eventsourcing.EventSourcingConfiguration;
import se.kontaktman.platform.mongo.MongoConfiguration;
import se.kontaktman.platform.publishing.KafkaHealthConfiguration;
import se.kontaktman.platform.publishing.PublishedTopics;
import se.kontaktman.platform.publishing.PublishingConfiguration;
import se.kontaktman.platform.rules.RuleProfilesConfiguration;
import se.kontaktman.platform.security.SecurityConfiguration;
import se.kontaktman.platform.time.ClockConfiguration;
import se.kontaktman.platform.views.ViewsConfiguration;
import se.kontaktman.platform.web.EventDocuments;
import se.kontaktman.platform.web.WebConfiguration;

/** What {@link EnableServicePlatform} brings in, with the outbox only where the service asks for it. */
class ServicePlatformImports implements ImportSelector {

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        List<Class<?>> imports = new ArrayList<>(List.of(ClockConfiguration.class, MongoConfiguration.class,
                EventSourcingConfiguration.class, KafkaHealthConfiguration.class, WebConfiguration.class,
                RuleProfilesConfiguration.class, PublishedTopics.class, SecurityConfiguration.class,
                ViewsConfiguration.class, EventDocuments.class));
        Object outbox = metadata.getAnnotationAttributes(EnableServicePlatform.class.getName()).get("outbox");
        if (Boolean.TRUE.equals(outbox)) {
            imports.add(PublishingConfiguration.class);
        }
        return imports.stream().map(Class::getName).toArray(String[]::new);
    }
}
