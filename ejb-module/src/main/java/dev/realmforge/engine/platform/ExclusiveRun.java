package dev.realmforge.engine.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One repeating background job (a timer's work): a run that finds the previous one still going is
 * skipped, and a failure is logged so that the next run can try again instead of killing the timer.
 */
public final class ExclusiveRun {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String failureMessage;

    public ExclusiveRun(Logger log, String failureMessage) {
        this.log = log;
        this.failureMessage = failureMessage;
    }

    public void run(Runnable job) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, failureMessage, e);
        } finally {
            running.set(false);
        }
    }
}
