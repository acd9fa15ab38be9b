package se.kontaktman.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a request's JSON carries, refused when it holds a control character (a NUL, an
 * escape, a bell...) other than a tab or a line break: no name, plan or note has one, and one
 * stored would break what prints, logs or exports it. Checked where the JSON is read, so every
 * field of every service is covered, and named by its field in the refusal
 * ({@code no-control-characters}).
 */
final class TextWithoutControlCharacters extends StringDeserializer {

    /** The refusal's cause; its message never quotes the text. */
    static final class ControlCharacter extends MismatchedInputException {

        ControlCharacter(JsonParser parser) {
            super(parser, "a text holds a control character", String.class);
        }
    }

    static SimpleModule module() {
        return new SimpleModule("text-without-control-characters").addDeserializer(String.class,
                new TextWithoutControlCharacters());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && !allowed(text)) {
            throw new ControlCharacter(parser);
        }
        return text;
    }

    static boolean allowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
