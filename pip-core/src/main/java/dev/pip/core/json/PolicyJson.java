package dev.pip.core.json;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Problem;
import dev.pip.core.json.internal.JsonText;
import dev.pip.core.json.internal.PolicyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Policy files: a JSON object of policy parameters by name, exactly as a plan document's
 * {@code policy} (specification, section 10), validated the same way. A rule folder's
 * {@code policy.json} is that rule set's default policy.
 *
 * <pre>{@code
 * PolicyOverrides o = PolicyJson.read(Path.of("my-rules/policy.json"));
 * Policy p = Policy.defaults().with(o);
 * String text = PolicyJson.write(Policy.defaults());   // every parameter with its default
 * }</pre>
 */
public final class PolicyJson {
    private PolicyJson() {
    }

    /**
     * The parameters {@code file} sets.
     *
     * @throws InvalidPlanException naming the file, with every problem by JSON path
     */
    public static PolicyOverrides read(Path file) {
        String source = file.toString();
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (NoSuchFileException e) {
            throw new InvalidPlanException(source, List.of(new Problem("$", "the file does not exist")));
        } catch (IOException e) {
            throw new InvalidPlanException(source, List.of(new Problem("$", "the file cannot be read (" + e + ")")));
        }
    }

    /** The parameters the text {@code json} sets; {@code source} names it in problems. */
    public static PolicyOverrides read(String json, String source) {
        return PolicyFile.read(JsonText.of(JsonLimits.defaults()).parse(json, source, 1), source);
    }

    /** Every parameter of {@code policy} as an indented JSON object, ready to save as a policy file. */
    public static String write(Policy policy) {
        return PolicyFile.write(policy);
    }
}
