package city.sanitation.app.planning;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The solves' messages between the nodes sharing the database, through PostgreSQL's LISTEN/NOTIFY: sent on a pooled
 * connection (delivered at commit), received on one connection of this node's own, opened beside the pool so that a
 * listener never holds one of the requests' connections. A message missed while that connection was down is made up
 * for by polling: the node solving a run looks for stop requests and changes at every heartbeat, and followers
 * look for ended runs (RunFollowers).
 */
@Component
class SolveEvents {

    static final String CHANNEL = "sanitation_solver";

    private static final Logger LOG = LoggerFactory.getLogger(SolveEvents.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final List<Consumer<SolveEvent>> handlers = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile Thread listener;

    SolveEvents(DataSource dataSource, PlanRepository plans, PlanDocuments documents) {
        this.dataSource = dataSource;
        this.plans = plans;
        this.documents = documents;
    }

    void send(SolveEvent event) {
        plans.notifyInstances(CHANNEL, documents.write(event));
    }

    /** Every message of every node, this one's too, goes to each handler on the listening thread. */
    void onEvent(Consumer<SolveEvent> handler) {
        handlers.add(handler);
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        Thread thread = new Thread(this::receive, "solve-events");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    private void receive() {
        while (running) {
            try (Connection connection = open();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening to other nodes' solves failed; listening again in a moment ({})", e.toString());
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void dispatch(String payload) {
        SolveEvent event;
        try {
            event = documents.read(payload, SolveEvent.class);
        } catch (RuntimeException e) {
            LOG.warn("A solve message could not be read: {}", payload, e);
            return;
        }
        for (Consumer<SolveEvent> handler : handlers) {
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A solve message ({}) could not be handled", payload, e);
            }
        }
    }

    /** A connection of its own, with the pool's settings, never one of the pool's. */
    private Connection open() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (pool.getDataSource() != null) {
            return pool.getDataSource().getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.join(WAIT_MILLIS * 4L);
        }
    }
}
