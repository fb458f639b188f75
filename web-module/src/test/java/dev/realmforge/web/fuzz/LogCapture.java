package dev.realmforge.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the java.util.logging records at or above a level that reach some loggers, so that a
 * dispatcher's "unexpected failure" log (the other half of an internal-error reply) fails the
 * exchange with the logged exception as the cause. Records still reach the usual handlers too.
 */
final class LogCapture extends Handler {

    /** Other tests in the same JVM may log between exchanges; what no exchange drains stays bounded. */
    private static final int KEPT = 100;

    /** Strong references: java.util.logging keeps loggers weakly, and a collected one loses its handler. */
    private final List<Logger> loggers = new ArrayList<>();
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(Level threshold) {
        setLevel(threshold);
    }

    static LogCapture attach(Level threshold, List<String> loggerNames) {
        LogCapture capture = new LogCapture(threshold);
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            logger.addHandler(capture);
            capture.loggers.add(logger);
        }
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record) && records.size() < KEPT) {
            records.add(record);
        }
    }

    /** The records collected since the last call, which are then forgotten. */
    synchronized List<LogRecord> drain() {
        List<LogRecord> out = List.copyOf(records);
        records.clear();
        return out;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(this));
    }
}
