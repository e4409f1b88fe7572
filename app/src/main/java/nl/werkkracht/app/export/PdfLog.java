package nl.werkkracht.app.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J instead of java.util.logging, which would print several INFO lines
 * to standard error for every PDF. Its errors are logged as warnings, everything else at debug level
 * under {@code com.openhtmltopdf}.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.warn("{}: {}", where, msg, th);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are SLF4J's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue() || LOG.isDebugEnabled();
    }
}
