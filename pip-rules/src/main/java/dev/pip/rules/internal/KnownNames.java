package dev.pip.rules.internal;

import dev.pip.core.Decision;
import dev.pip.rules.facts.Window;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names a rule author can mean: the fact types rules match (the classes of
 * {@code dev.pip.rules.facts} and of the pip-core model), their fields and methods, and enum
 * constants; and the closest of them to a misspelling, for "did you mean".
 */
final class KnownNames {
    /** Simple name to class, for the packages whose classes are facts or values in rules. */
    private static final Map<String, Class<?>> TYPES = scan(List.of(Window.class, Decision.class));

    private KnownNames() {
    }

    /** The class a simple or qualified name means in a file: its imports first, then the known packages. */
    static Optional<Class<?>> type(String name, DrlText file) {
        String qualified = name.contains(".") ? name : file.imported(name).orElse(null);
        if (qualified != null) {
            try {
                return Optional.of(Class.forName(qualified, false, KnownNames.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(TYPES.get(name));
    }

    /** The fact and model classes rules are compiled against, by name. */
    static Collection<Class<?>> knownTypes() {
        return TYPES.values();
    }

    /** Every type name a file can use without qualifying it. */
    static Set<String> typeNames(DrlText file) {
        Set<String> out = new LinkedHashSet<>(file.imports().keySet());
        out.addAll(TYPES.keySet());
        return out;
    }

    /** What a pattern may constrain: record components and public no-argument methods (and bean properties). */
    static Set<String> fields(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                out.add(c.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class
                    && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                out.add(m.getName());
                out.add(property(m.getName()));
            }
        }
        return out;
    }

    /** Public method names of a type, static ones included. */
    static Set<String> methods(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class) {
                out.add(m.getName());
            }
        }
        return out;
    }

    /** An enum's constants, or a class's public static fields. */
    static Set<String> constants(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                out.add(((Enum<?>) c).name());
            }
        }
        for (var f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /** The closest candidate to a misspelled name, if one is close enough to be what was meant. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wrong.length() / 3);
        return candidates.stream().filter(c -> !c.equals(wrong) && !c.isEmpty())
                .map(c -> Map.entry(c, distance(lower, c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= limit)
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** Damerau-Levenshtein distance (adjacent transpositions count one). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return method;
    }

    /** The public top-level classes in the packages of {@code anchors}, read from their jar or folder. */
    private static Map<String, Class<?>> scan(List<Class<?>> anchors) {
        Map<String, Class<?>> out = new TreeMap<>();
        for (Class<?> anchor : anchors) {
            String pkg = anchor.getPackageName();
            for (String simple : classNames(anchor)) {
                try {
                    Class<?> c = Class.forName(pkg + "." + simple, false, anchor.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        out.putIfAbsent(simple, c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: simply not offered as a suggestion
                }
            }
        }
        return out;
    }

    private static List<String> classNames(Class<?> anchor) {
        String folder = anchor.getPackageName().replace('.', '/') + "/";
        List<String> out = new ArrayList<>();
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                return out;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(folder))) {
                    files.map(p -> p.getFileName().toString()).forEach(n -> add(out, n));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                            .forEach(n -> add(out, n.substring(folder.length())));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // suggestions are a help, never a reason to fail a build report
        }
        return out;
    }

    private static void add(List<String> out, String fileName) {
        if (fileName.endsWith(".class") && !fileName.contains("$") && !fileName.startsWith("package-info")
                && !fileName.startsWith("module-info")) {
            out.add(fileName.substring(0, fileName.length() - ".class".length()));
        }
    }
}
