package se.kontaktman.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A demo moves every service's calendar with one setting; published events are dated by the same calendar. */
class ClockConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class)
            // As in a service: Boot's conversions read the offset as an ISO-8601 duration.
            .withInitializer(ctx -> ctx.getBeanFactory().setConversionService(
                    ApplicationConversionService.getSharedInstance()));

    @Test
    void withoutAnOffsetTheClockIsStockholmsNow() {
        context.run(ctx -> {
            Clock clock = ctx.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ClockConfiguration.STOCKHOLM);
            assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
            Instant stored = Instant.parse("2026-03-29T00:30:00Z");
            assertThat(ctx.getBean(BusinessTime.class).at(stored)).isEqualTo(stored);
        });
    }

    @Test
    void anOffsetMovesTheClockAndTheTimeOfPublishedEventsAlike() {
        context.withPropertyValues("kontaktman.clock.offset=P30D").run(ctx -> {
            Instant monthAhead = Instant.now().plus(Duration.ofDays(30));
            assertThat(ctx.getBean(Clock.class).instant()).isCloseTo(monthAhead, within(5, ChronoUnit.SECONDS));
            Instant stored = Instant.parse("2026-03-01T10:00:00Z");
            assertThat(ctx.getBean(BusinessTime.class).at(stored)).isEqualTo(Instant.parse("2026-03-31T10:00:00Z"));
        });
    }
}
