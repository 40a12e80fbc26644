package dev.pip.rules.facts;

/**
 * The stages of the bundled rules, as saliences: a rule that asks whether facts are absent
 * ({@code not}), present ({@code exists}) or how many ({@code accumulate}) takes a stage below
 * every rule deriving them, so it never decides before its evidence is complete. Stages order the
 * work, never the outcome: every conclusion is inserted logically and withdrawn when its
 * conditions stop holding. Use them in a rule as {@code salience Stage.VERDICT}: before a rule
 * file is compiled, that is written as the number it names, because Drools evaluates a rule whose
 * salience is any other expression eagerly, after every firing, which is markedly slower.
 */
public final class Stage {
    private Stage() {
    }

    /** Plan checks and the recommendations whose conditions hold. */
    public static final int CHECKS = 90;
    /** The recommendation, by precedence. */
    public static final int RECOMMEND = 80;
    /** The plan-check finding when the recommendation is not PIP. */
    public static final int NOT_PIP = 70;
    /** Whether the plan is active. */
    public static final int ACTIVATION = 60;
    /** Windows open from the decision before them; recorded decisions conclude their windows. */
    public static final int OPEN = 50;
    /** Each week of a window judged against the goal in force. */
    public static final int WEEKS = 40;
    /** Each target over its window; missing data; runs of missed monitoring weeks. */
    public static final int TARGETS = 30;
    /** How far unmet targets closed their gap; the first regression run. */
    public static final int IMPROVEMENT = 20;
    /** The verdict of a window. */
    public static final int VERDICT = 10;
    /** Fairness guards on an EXIT verdict. */
    public static final int GUARDS = 0;
    /** The rules' decision at the decision point, after the guards. */
    public static final int RULING = -10;
    /** The rules' decision on the timeline where no record answers the decision point. */
    public static final int REACHED = -15;
    /** Explanations, findings and needs that nothing else depends on. */
    public static final int EXPLAIN = -20;
}
