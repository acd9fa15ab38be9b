package se.kontaktman.platform.mongo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * MongoDB as every service uses it: health by ping, bounded waits, and calendar dates stored as
 * ISO strings ({@code 2026-03-02}): a BSON date is an instant, and turning a date into one depends
 * on a time zone that the reader may not share.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    /** Named as Boot's Mongo indicator, which it replaces. */
    @Bean("mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /**
     * The driver's defaults wait 30 s for a server and forever for an answer, so a request made
     * while MongoDB is away would hang that long; with these it is answered 503 store-available
     * within seconds (ProblemDetailsAdvice). The read timeout bounds one round trip, not a whole
     * cursor, and stays well above the slowest single query.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoWaits(
            @Value("${kontaktman.mongo.server-selection-timeout:5s}") Duration serverSelection,
            @Value("${kontaktman.mongo.connect-timeout:5s}") Duration connect,
            @Value("${kontaktman.mongo.read-timeout:20s}") Duration read) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(Math.toIntExact(connect.toMillis()), TimeUnit.MILLISECONDS)
                        .readTimeout(Math.toIntExact(read.toMillis()), TimeUnit.MILLISECONDS));
    }

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new LocalDateToString(), new StringToLocalDate()));
    }

    @WritingConverter
    static class LocalDateToString implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static class StringToLocalDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
