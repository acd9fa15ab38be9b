package se.kontaktman.subscriber;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sample's sink: one JSON line per event, appended to a file. The file is also the memory of
 * which events were seen: on start the sink reads the ids of the lines already there, so an event
 * is never written twice, not after a crash, a restart, or a re-read from the beginning with a new
 * consumer group. One file holds both the output and the seen ids, so they cannot disagree.
 *
 * <p>Each poll's new lines are appended in one write and forced to disk before {@link #write}
 * returns (so before the offsets are committed). A line cut short by a crash is cut off on the
 * next start, and its event, never committed, comes again.
 *
 * <p>The ids are kept in memory: some 100 bytes each, about 100 MB for a million events. A
 * subscribing system keeps them where it keeps the events (a unique key in its database).
 */
public class JsonLinesFileSink implements EventSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesFileSink.class);

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> ids = new HashSet<>();
    private final FileChannel channel;

    public JsonLinesFileSink(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            cutOffIncompleteLastLine();
            readSeenIds();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        log.info("Writing events to {}; {} seen before", file.toAbsolutePath(), ids.size());
    }

    @Override
    public synchronized int write(List<PublishedEvent<IntegrationEvent>> events) {
        Set<String> fresh = new LinkedHashSet<>();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (PublishedEvent<IntegrationEvent> event : events) {
            if (ids.contains(event.id()) || !fresh.add(event.id())) {
                continue;
            }
            lines.writeBytes(json.writeValueAsBytes(line(event)));
            lines.write('\n');
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        long end;
        try {
            end = channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            long position = end;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(end);   // no half-written batch: it is delivered again
            } catch (IOException ignored) {
                // the next start cuts off an incomplete line
            }
            throw new UncheckedIOException("cannot write to " + file, e);
        }
        ids.addAll(fresh);
        return fresh.size();
    }

    /** The line for an event: the envelope's id, type, source, time and subject (the case id), and the event's fields. */
    private ObjectNode line(PublishedEvent<IntegrationEvent> event) {
        ObjectNode line = json.createObjectNode();
        line.put("id", event.id());
        line.put("type", event.contract().cloudEventType());
        line.put("source", event.source());
        line.put("time", event.time().toString());
        line.put("subject", event.event().partitionKey());
        line.set("data", json.valueToTree(event.event()));
        return line;
    }

    public synchronized int size() {
        return ids.size();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private void cutOffIncompleteLastLine() throws IOException {
        long size = channel.size();
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            channel.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        if (keep < size) {
            log.warn("{} ended in an incomplete line (a crash while writing); cut off {} bytes", file, size - keep);
            channel.truncate(keep);
            channel.force(false);
        }
    }

    private void readSeenIds() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode id;
                try {
                    id = json.readTree(text).get("id");
                } catch (JacksonException e) {
                    id = null;
                }
                if (id == null || !id.isString()) {
                    // Refuse rather than guess: starting without its ids would write events twice.
                    throw new IllegalStateException(file + " line " + number + " is not an event line with an id");
                }
                ids.add(id.asString());
            }
        }
    }
}
