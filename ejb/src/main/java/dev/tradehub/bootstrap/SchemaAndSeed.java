package dev.tradehub.bootstrap;

import dev.tradehub.access.PortalUsers;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.schema.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database to the current schema before anything reads it, then registers the partners of the seed
 * file ({@code tradehub.partners.seed-file}) that are not registered yet, and creates the first portal administrator
 * when there is no user. An existing profile is never
 * overwritten by the seed: what an engineer changed through the API stays.
 */
@Singleton
@Startup
public class SchemaAndSeed {

    private static final Logger LOG = Logger.getLogger(SchemaAndSeed.class.getName());

    @Resource(lookup = "jdbc/tradehub")
    private DataSource dataSource;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private PortalUsers users;

    @Inject
    @ConfigProperty(name = "tradehub.partners.seed-file")
    private Optional<String> seedFile;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        LOG.info(() -> "Database " + SchemaMigrator.migrate(dataSource));
        seedFile.filter(file -> !file.isBlank()).map(Path::of).ifPresent(this::seed);
        users.ensureAdmin();
    }

    private void seed(Path file) {
        try (InputStream in = Files.newInputStream(file); Jsonb jsonb = JsonbBuilder.create()) {
            List<PartnerProfile> profiles = jsonb.fromJson(in, PROFILE_LIST);
            int added = partners.addMissing(profiles);
            LOG.info(() -> "Partner seed " + file + ": " + added + " of " + profiles.size() + " partner(s) added");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the partner seed file " + file + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("The partner seed file " + file + " is not a JSON list of partner"
                    + " profiles: " + e.getMessage(), e);
        }
    }

    private static final Type PROFILE_LIST = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {PartnerProfile.class};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };
}
