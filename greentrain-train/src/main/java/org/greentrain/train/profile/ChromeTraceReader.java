package org.greentrain.train.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.train.trainer.StepStage;

/**
 * Reads the Chrome-trace JSON that DJL's {@code JniUtils.stopProfile} writes (PyTorch's legacy autograd profiler): one
 * JSON array of complete events {@code {"name", "ph": "X", "ts", "dur", "tid", "pid", "shape", ...}} with times in
 * microseconds, in no particular order. The file is streamed with Jackson, never held as a tree, so a trace of a
 * million events reads in about a second. Anything else is rejected with a {@link TraceFormatException} naming the
 * file and the problem: an empty or truncated file, invalid JSON, a JSON object (the {@code traceEvents} format of
 * {@code torch.profiler}), an event that is not a complete ({@code "ph": "X"}) event, or one without a name, start or
 * duration.
 */
public final class ChromeTraceReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_RANK = 16;

    private ChromeTraceReader() {
    }

    /**
     * Reads every event of {@code file}.
     *
     * @throws TraceFormatException when the file is missing or not such a trace
     */
    public static OperatorTrace read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = JSON.createParser(in)) {
            return new Reading(file, parser).events();
        } catch (NoSuchFileException e) {
            throw new TraceFormatException("trace file " + file + " does not exist");
        } catch (JsonParseException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new TraceFormatException("trace " + file + " is truncated: it ends inside an unfinished event "
                        + "or event list (was the profiled run interrupted?)", e);
            }
            throw new TraceFormatException("trace " + file + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state of one read: the growing columns and the interned names and threads. */
    private static final class Reading {

        private final Path file;
        private final JsonParser parser;
        private final Map<String, Integer> nameIds = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> threadIds = new HashMap<>();
        private final long[] shape = new long[MAX_RANK];
        private int[] name = new int[1024];
        private int[] thread = new int[1024];
        private long[] start = new long[1024];
        private long[] duration = new long[1024];
        private byte[] marker = new byte[1024];
        private int size;

        Reading(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        OperatorTrace events() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw error("is empty");
            }
            if (token == JsonToken.START_OBJECT) {
                throw error("is a JSON object, not the array of events that DJL's JniUtils.stopProfile writes "
                        + "(traces of torch.profiler, with \"traceEvents\", are another format)");
            }
            if (token != JsonToken.START_ARRAY) {
                throw error("does not start with an array of events");
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw error("is truncated: the array of events is not closed");
                }
                if (token != JsonToken.START_OBJECT) {
                    throw error("has an element that is not an event object at index " + size);
                }
                readEvent();
            }
            if (parser.nextToken() != null) {
                throw error("has data after the array of events");
            }
            return new OperatorTrace(names, threadIds.size(), name, thread, start, duration, marker, size);
        }

        private void readEvent() throws IOException {
            String eventName = null;
            String phase = null;
            double ts = Double.NaN;
            double dur = Double.NaN;
            String tid = "";
            int rank = -1;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                token = parser.nextToken();
                switch (field) {
                    case "name":
                        eventName = text(token, field);
                        break;
                    case "ph":
                        phase = text(token, field);
                        break;
                    case "ts":
                        ts = number(token, field);
                        break;
                    case "dur":
                        dur = number(token, field);
                        break;
                    case "tid":
                        if (!token.isScalarValue()) {
                            throw error("has a \"tid\" that is not a number or text in event " + size);
                        }
                        tid = parser.getText();
                        break;
                    case "shape":
                        rank = firstInputShape(token);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw error("is truncated inside event " + size);
            }
            if (eventName == null) {
                throw error("has an event without a \"name\" at index " + size);
            }
            if (phase == null) {
                throw error("has an event without a \"ph\" at index " + size + " (" + eventName + ")");
            }
            if (!phase.equals("X")) {
                throw error("has an event of phase \"" + phase + "\" at index " + size + " (" + eventName
                        + "); only complete events (\"ph\": \"X\") are supported");
            }
            if (!Double.isFinite(ts) || !Double.isFinite(dur)) {
                throw error("has an event without a finite \"ts\" and \"dur\" at index " + size + " (" + eventName
                        + ")");
            }
            if (dur < 0) {
                throw error("has an event with negative duration " + dur + " at index " + size + " (" + eventName
                        + ")");
            }
            StepStage stage = StageMarker.decode(eventName, shape, rank);
            add(intern(eventName), threadIds.computeIfAbsent(tid, k -> threadIds.size()), Math.round(ts * 1000),
                    Math.round(dur * 1000), stage == null ? -1 : (byte) stage.ordinal());
        }

        /** Reads the first input's dimensions of a {@code "shape"} list into {@link #shape}; returns its rank. */
        private int firstInputShape(JsonToken token) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return -1;
            }
            token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                skipRest(token);
                return -1;
            }
            int rank = 0;
            while ((token = parser.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
                if (rank < MAX_RANK) {
                    shape[rank] = parser.getLongValue();
                }
                rank++;
            }
            if (token != JsonToken.END_ARRAY) {
                skipRest(token);
                skipRest(parser.nextToken());
                return -1;
            }
            skipRest(parser.nextToken());
            return rank <= MAX_RANK ? rank : -1;
        }

        /** Skips to the end of the array whose element {@code token} is. */
        private void skipRest(JsonToken token) throws IOException {
            while (token != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new JsonEOFException(parser, null, "end of input inside a shape list");
                }
                parser.skipChildren();
                token = parser.nextToken();
            }
        }

        private String text(JsonToken token, String field) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                throw error("has a non-text \"" + field + "\" in event " + size);
            }
            return parser.getText();
        }

        private double number(JsonToken token, String field) throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw error("has a non-numeric \"" + field + "\" in event " + size);
            }
            return parser.getDoubleValue();
        }

        private int intern(String n) {
            Integer id = nameIds.get(n);
            if (id == null) {
                id = names.size();
                nameIds.put(n, id);
                names.add(n);
            }
            return id;
        }

        private void add(int nameId, int threadId, long startNanos, long durationNanos, byte stage) {
            if (size == name.length) {
                int capacity = size * 2;
                name = Arrays.copyOf(name, capacity);
                thread = Arrays.copyOf(thread, capacity);
                start = Arrays.copyOf(start, capacity);
                duration = Arrays.copyOf(duration, capacity);
                marker = Arrays.copyOf(marker, capacity);
            }
            name[size] = nameId;
            thread[size] = threadId;
            start[size] = startNanos;
            duration[size] = durationNanos;
            marker[size] = stage;
            size++;
        }

        private TraceFormatException error(String what) {
            return new TraceFormatException("trace " + file + " " + what);
        }
    }
}
