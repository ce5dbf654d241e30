package de.kim.core.internal.operations;

import de.kim.api.operations.OperationalFigures;
import de.kim.api.operations.ReadOnlyMode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The read-only mode and the database connection pool for monitoring. The pool (dbcp2 over
 * commons-pool2, made by pax-jdbc) publishes its figures as an MBean; they are read from there.
 */
@Component(service = OperationalFigures.class)
public final class OperationsFigures implements OperationalFigures {
    private static final String[][] POOL = {{"NumActive", "kim_db_pool_active", "Database connections in use"},
        {"NumIdle", "kim_db_pool_idle", "Idle database connections in the pool"},
        {"NumWaiters", "kim_db_pool_waiting", "Threads waiting for a database connection"},
        {"MaxTotal", "kim_db_pool_max", "Most database connections the pool opens"},
        {"MeanBorrowWaitTimeMillis", "kim_db_pool_borrow_wait_ms_mean", "Mean wait for a database connection, ms"}};

    private final ReadOnlyMode readOnly;

    @Activate
    public OperationsFigures(@Reference ReadOnlyMode readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("kim_read_only", "1 while the platform refuses changes (read-only mode)",
                readOnly.isOn() ? 1 : 0));
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            Set<ObjectName> pools = server.queryNames(new ObjectName("*:type=GenericObjectPool,*"), null);
            for (String[] attribute : POOL) {
                double sum = 0;
                for (ObjectName pool : pools) {
                    Object value = server.getAttribute(pool, attribute[0]);
                    sum += value instanceof Number number ? number.doubleValue() : 0;
                }
                figures.add(new Figure(attribute[1], attribute[2], pools.isEmpty() ? Double.NaN : sum));
            }
        } catch (javax.management.JMException e) {
            figures.add(new Figure("kim_db_pool_active", "Database connections in use", Double.NaN));
        }
        return figures;
    }
}
