package dev.pip.core.json;

import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.internal.Require;
import dev.pip.core.json.internal.EvaluationReader;
import dev.pip.core.json.internal.EvaluationWriter;
import dev.pip.core.json.internal.JsonText;

/**
 * Writes evaluations as JSON with the fields of the specification, section 10 ({@code planId},
 * {@code asOf}, {@code recommendation}, {@code decision}, {@code timeline}, {@code reasons},
 * {@code findings}, {@code weeks}, {@code needs}, {@code policy}, {@code ruleSet},
 * {@code humanReviewRequired}), and reads them back: {@code read(write(e))} equals {@code e}.
 * Evidence values keep their Java type through the round trip for strings, booleans,
 * {@code Integer}, {@code Double} and lists of them; a whole number reads back as the smallest of
 * {@code Integer}, {@code Long} and {@code BigInteger} that holds it, other numbers as
 * {@code Double}.
 *
 * <p>Thread-safe; every method is static.
 */
public final class EvaluationJson {
    private static final String SOURCE = "evaluation";

    private EvaluationJson() {
    }

    /** The evaluation as compact JSON on a single line (a JSON Lines record). */
    public static String write(Evaluation evaluation) {
        Require.present(evaluation, "evaluation");
        return EvaluationWriter.write(evaluation, false);
    }

    /** The evaluation as JSON indented by two spaces, lines ending in LF. */
    public static String writePretty(Evaluation evaluation) {
        Require.present(evaluation, "evaluation");
        return EvaluationWriter.write(evaluation, true);
    }

    /**
     * The evaluation in {@code json}. Unknown fields are ignored (later versions may add some);
     * anything else wrong throws an {@link InvalidPlanException} whose source is
     * {@code "evaluation"}, listing every problem with its JSON path.
     */
    public static Evaluation read(String json) {
        Require.present(json, "json (the text of an evaluation)");
        return EvaluationReader.read(JsonText.of(JsonLimits.defaults()).parse(json, SOURCE, 1), SOURCE);
    }
}
