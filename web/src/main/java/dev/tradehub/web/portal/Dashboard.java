package dev.tradehub.web.portal;

import dev.tradehub.bootstrap.Installation;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.lifecycle.OrderTimelines;
import dev.tradehub.messagelog.MessageActivity;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.persistence.messagelog.AcknowledgementState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The dashboard: what is running (the facts the landing page used to show), Odoo's health and latency, and the
 * messages received in the chosen window by status, partner and error category, with the dead letters and what is
 * overdue. Every number links to the message list filtered to it.
 */
@Named
@RequestScoped
public class Dashboard {

    /** The windows the dashboard offers, by the name its links carry. */
    public enum Window {
        DAY("last 24 h", Duration.ofHours(24), Duration.ofHours(1)),
        WEEK("last 7 days", Duration.ofDays(7), Duration.ofHours(6));

        private final String label;
        private final Duration length;
        /** The width of one bar of the throughput chart. */
        private final Duration interval;

        Window(String label, Duration length, Duration interval) {
            this.label = label;
            this.length = length;
            this.interval = interval;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    private Installation installation;

    @Inject
    private OdooConnection odoo;

    @EJB
    private MessageLog messageLog;

    @EJB
    private OrderTimelines orders;

    private Window window = Window.DAY;
    private Installation.Facts facts;
    private OdooConnection.Probe probe;
    private MessageActivity activity;
    private long deadLetters;
    private long overdueAcknowledgements;
    private Map<String, Long> overdueDocuments;
    private java.util.List<MessageLog.Interval> throughput;
    private long throughputPeak;

    @PostConstruct
    void read() {
        facts = installation.facts();
        probe = odoo.probe();
        Map<MessageStatus, Long> all = messageLog.countsByStatus(Direction.INBOUND);
        deadLetters = all.get(MessageStatus.DEAD_LETTER) + messageLog.countsByStatus(Direction.OUTBOUND)
                .get(MessageStatus.DEAD_LETTER);
        overdueAcknowledgements = messageLog.countsByAcknowledgementState().get(AcknowledgementState.OVERDUE);
        overdueDocuments = orders.overdueByKind();
    }

    /** Called by the page's view action once the window parameter is set. */
    public void load() {
        LocalDateTime since = since();
        activity = messageLog.activitySince(since, Direction.INBOUND);
        // Bars on whole hours, the last one holding the current hour (and the minutes to come).
        LocalDateTime chartEnd = LocalDateTime.now(Clock.systemUTC()).truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plusHours(1);
        int bars = (int) (window.length.toMinutes() / window.interval.toMinutes());
        throughput = messageLog.throughput(chartEnd.minus(window.interval.multipliedBy(bars)), window.interval, bars,
                Direction.INBOUND);
        throughputPeak = throughput.stream().mapToLong(MessageLog.Interval::count).max().orElse(0);
    }

    /** The chart's bars, oldest first. */
    public java.util.List<MessageLog.Interval> getThroughput() {
        return throughput;
    }

    /** A bar's height in percent of the highest bar (a bar with messages is never invisible). */
    public long barHeight(MessageLog.Interval interval) {
        return interval.count() == 0 || throughputPeak == 0 ? 0 : Math.max(4, interval.count() * 100 / throughputPeak);
    }

    public long getThroughputPeak() {
        return throughputPeak;
    }

    /** The start of the window, UTC: the {@code from} of the message list's links. */
    public LocalDateTime since() {
        return LocalDateTime.now(Clock.systemUTC()).minus(window.length).withSecond(0).withNano(0);
    }

    public String getSinceParameter() {
        return since() + "Z";
    }

    public Window[] getWindows() {
        return Window.values();
    }

    public Window getWindow() {
        return window;
    }

    public void setWindow(Window window) {
        this.window = window == null ? Window.DAY : window;
    }

    public Installation.Facts getFacts() {
        return facts;
    }

    public OdooConnection.Probe getProbe() {
        return probe;
    }

    public String getOdooDescription() {
        return odoo.description();
    }

    public boolean isEmulator() {
        return odoo.isEmulator();
    }

    public String getOdooUrl() {
        return odoo.url().toString();
    }

    /** The recent average of real calls, which a probe cannot show; -1 before the first call. */
    public long getOdooCallMillis() {
        return odoo.recentCallMillis();
    }

    public MessageActivity getActivity() {
        return activity;
    }

    public long getDeadLetters() {
        return deadLetters;
    }

    public long getOverdueAcknowledgements() {
        return overdueAcknowledgements;
    }

    public long getOverdueDocumentCount() {
        return overdueDocuments.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> getOverdueDocuments() {
        return overdueDocuments;
    }
}
