package dev.pip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as Drools' executable model, compiled at build time by {@link ModelWriter}.
 * Loading it skips the DRL compiler (seconds) for an engine whose rule texts are exactly the
 * ones the model was written from; anything else is compiled at start-up as before.
 */
public final class PrecompiledModel {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledModel.class);

    /**
     * The package the bundled rules are compiled into at build time. It differs from the rule
     * files' own package so that the generated classes, which Drools names after the package
     * alone, never shadow the classes of an edited copy compiled at start-up.
     */
    static final String PACKAGE = "dev.pip.rules.internal.bundled";

    /** The resource naming the model classes and the digest of the rule texts they came from. */
    static final String INDEX = PACKAGE.replace('.', '/') + "/precompiled.properties";

    static final String DIGEST = "rules.digest";
    static final String MODELS = "models";

    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^(\\s*package\\s+)([A-Za-z_][\\w.]*)(\\s*;?)");

    private PrecompiledModel() {
    }

    /**
     * The precompiled KieBase if it was written from rule files of digest {@code rulesDigest}
     * (see {@link Fingerprint#ofRules}); empty when there is none or it came from other texts.
     */
    public static Optional<KieBase> load(String rulesDigest) {
        Properties index = index();
        if (!rulesDigest.equals(index.getProperty(DIGEST))) {
            LOG.debug("no precompiled model for rules {}", rulesDigest);
            return Optional.empty();
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : index.getProperty(MODELS, "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, PrecompiledModel.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                }
            }
            if (models.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("the precompiled rules cannot be loaded, compiling them instead: {}", e.toString());
            return Optional.empty();
        }
    }

    /** {@code text} with its package declaration moved to {@link #PACKAGE}. */
    static String inBuildPackage(String text) {
        Matcher m = PACKAGE_LINE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("a bundled rule file has no package declaration");
        }
        return text.substring(0, m.start(2)) + PACKAGE + text.substring(m.end(2));
    }

    private static Properties index() {
        Properties p = new Properties();
        try (InputStream in = PrecompiledModel.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return p;
    }
}
