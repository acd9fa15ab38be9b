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

    @Test
    void aTextWithAControlCharacterIsRefusedByItsFieldAndTabsAndLineBreaksAreText() {
        JsonMapper mapper = JsonMapper.builder().addModule(TextWithoutControlCharacters.module()).build();

        DatabindException nul = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(
                "{\"wishes\":\"Tolvan\\u0000\"}", Note.class));
        assertThat(nul).isInstanceOf(TextWithoutControlCharacters.ControlCharacter.class)
                .hasMessageNotContaining("Tolvan");
        assertThat(ProblemDetailsAdvice.fieldOf(nul)).isEqualTo("wishes");
        DatabindException inAList = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(
                "{\"timeAdjustments\":[{\"intervention\":\"Dusch\\u001b[31m\"}]}", Note.class));
        assertThat(ProblemDetailsAdvice.fieldOf(inAList)).isEqualTo("timeAdjustments[0].intervention");

        assertThat(mapper.readValue("{\"wishes\":\"Först:\\tdusch\\r\\nsedan kaffe\"}", Note.class).wishes())
                .isEqualTo("Först:\tdusch\r\nsedan kaffe");
        assertThat(TextWithoutControlCharacters.allowed("Åsa Öberg")).isTrue();
        assertThat(TextWithoutControlCharacters.allowed("a\u007fb")).as("DEL").isFalse();
        assertThat(TextWithoutControlCharacters.allowed("a\u0085b")).as("a C1 control").isFalse();
    }
}
