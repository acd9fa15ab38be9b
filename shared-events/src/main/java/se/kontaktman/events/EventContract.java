package se.kontaktman.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an integration event on the wire: its type, its version and the topic it goes to. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** The event's name, e.g. {@code ContactPersonAssigned}. */
    String name();

    /** Bumped on every change a subscriber could notice; old versions stay readable. */
    int version();

    /** The topic, one of {@link Topics}. */
    String topic();
}
