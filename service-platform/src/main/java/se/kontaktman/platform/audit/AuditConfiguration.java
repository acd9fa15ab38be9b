package se.kontaktman.platform.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The audit of reads, for a service that keeps a client's personal data (assignment-service:
 * personnummer and name; plan-service: the plan's text and notes): imported by that service.
 */
@Configuration(proxyBeanMethods = false)
@Import(AuditController.class)
public class AuditConfiguration {

    @Bean
    ReadAudit readAudit(MongoTemplate mongo) {
        return new ReadAudit(mongo);
    }

    @Bean
    AuditedReads auditedReads(ReadAudit audit) {
        return new AuditedReads(audit);
    }
}
