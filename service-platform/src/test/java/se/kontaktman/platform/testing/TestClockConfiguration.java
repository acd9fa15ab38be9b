package se.kontaktman.platform.testing;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** "Today" in every integration test, unless a test moves it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(TODAY);
    }
}
