package se.kontaktman.platform.mongo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * MongoDB as every service uses it: health by ping, and calendar dates stored as ISO strings
 * ({@code 2026-03-02}): a BSON date is an instant, and turning a date into one depends on a time
 * zone that the reader may not share.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    /** Named as Boot's Mongo indicator, which it replaces. */
    @Bean("mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
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
