package de.kim.core.internal.status;

import de.kim.api.PlatformStatusService;
import de.kim.api.model.PlatformStatus;
import de.kim.core.internal.persistence.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PlatformStatusService.class)
public final class JpaPlatformStatusService implements PlatformStatusService {
    private static final Map<String, String> COUNTED = Map.of(
            "districts", "DistrictEntity",
            "municipalities", "MunicipalityEntity",
            "offices", "OfficeEntity",
            "services", "ServiceOfferEntity");

    private final Transactions tx;
    private final DataSource dataSource;
    private final String version;

    @Activate
    public JpaPlatformStatusService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=kim)") DataSource dataSource, BundleContext context) {
        this.tx = new Transactions(jpa);
        this.dataSource = dataSource;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public PlatformStatus status() {
        Map<String, Long> counts = tx.read(em -> {
            Map<String, Long> result = new LinkedHashMap<>();
            COUNTED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.put(e.getKey(),
                    em.createQuery("SELECT COUNT(x) FROM " + e.getValue() + " x", Long.class).getSingleResult()));
            return result;
        });
        String url = databaseUrl();
        return new PlatformStatus(version, url, DerbyFiles.sizeOf(url), counts);
    }

    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            // without the driver's properties (PostgreSQL lists them all after '?') or Derby's attributes
            return connection.getMetaData().getURL().split("[?;]")[0];
        } catch (SQLException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    /** Size on disk of an embedded Derby database, from its JDBC URL. */
    static final class DerbyFiles {
        private static final String PREFIX = "jdbc:derby:";

        private DerbyFiles() {
        }

        static long sizeOf(String url) {
            if (url == null || !url.startsWith(PREFIX) || url.startsWith(PREFIX + "//")
                    || url.startsWith(PREFIX + "memory:")) {
                return -1;
            }
            String location = url.substring(PREFIX.length()).split(";", 2)[0];
            if (location.startsWith("directory:")) {
                location = location.substring("directory:".length());
            }
            Path dir = Paths.get(location);
            if (!Files.isDirectory(dir)) {
                return -1;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(DerbyFiles::size).sum();
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
