package se.kontaktman.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** An unreadable body names its field as a refused valid one does, so a form can show the error beside it. */
class ProblemDetailsAdviceTest {

    record Adjustment(String intervention, Integer minutes) {
    }

    record Note(String wishes, List<Adjustment> timeAdjustments) {
    }

    @Test
    void aWrongValueInAListIsNamedWithItsIndexAsBeanValidationNamesIt() {
        DatabindException e = catchThrowableOfType(DatabindException.class, () -> JsonMapper.builder().build()
                .readValue("{\"timeAdjustments\":[{\"minutes\":5},{\"minutes\":\"abc\"}]}", Note.class));

        assertThat(ProblemDetailsAdvice.fieldOf(e)).isEqualTo("timeAdjustments[1].minutes");
    }

    @Test
    void aWrongValueAtTheTopIsNamedByItsProperty() {
        DatabindException e = catchThrowableOfType(DatabindException.class, () -> JsonMapper.builder().build()
                .readValue("{\"wishes\":[1,2]}", Note.class));

        assertThat(ProblemDetailsAdvice.fieldOf(e)).isEqualTo("wishes");
    }
}
