package dev.pip.examples.cli.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.core.json.PlanJson;
import dev.pip.core.json.PlanRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan documents named on a command line: files as given, a folder as its {@code *.json}
 * files in name order, a {@code .jsonl} file as one document per line. A document that cannot be
 * read, or a folder that cannot be listed, becomes a {@link PlanRead} with its problems, never an
 * exception, so every other document is still processed.
 */
public final class PlanInput {
    private PlanInput() {
    }

    /** Each path as given, every folder replaced by its {@code *.json} files sorted by name. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> json;
                try {
                    json = jsonFiles(p);
                } catch (IOException | UncheckedIOException e) {
                    out.add(p); // read() reports it, in order with the other inputs
                    continue;
                }
                if (json.isEmpty()) {
                    out.add(p);
                } else {
                    out.addAll(json);
                }
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Every document of one file, lazily for {@code .jsonl}; close the stream when done. */
    public static Stream<PlanRead> read(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            try {
                jsonFiles(file);
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(failed(source, "cannot read the folder: " + (e instanceof UncheckedIOException u
                        ? u.getCause() : e)));
            }
            return Stream.of(failed(source, "no .json files in this folder"));
        }
        try {
            if (source.endsWith(".jsonl")) {
                return PlanJson.readLines(file);
            }
            return Stream.of(PlanRead.of(source, PlanJson.read(file)));
        } catch (InvalidPlanException e) {
            return Stream.of(PlanRead.failed(e));
        }
    }

    private static PlanRead failed(String source, String message) {
        return PlanRead.failed(new InvalidPlanException(source, List.of(new Problem("$", message))));
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }
}
