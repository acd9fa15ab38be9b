package se.kontaktman.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service, in Europe/Stockholm. Tests replace it; a demo can move it with
 * {@code kontaktman.clock.offset} (an ISO-8601 duration such as {@code P30D}).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Bean
    @ConditionalOnMissingBean
    Clock clock(BusinessTime businessTime) {
        return Clock.offset(Clock.system(STOCKHOLM), businessTime.offset());
    }

    @Bean
    BusinessTime businessTime(@Value("${kontaktman.clock.offset:PT0S}") Duration offset) {
        return new BusinessTime(offset);
    }
}
