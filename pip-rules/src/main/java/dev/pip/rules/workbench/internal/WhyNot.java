package dev.pip.rules.workbench.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.WeekStatus;
import dev.pip.core.time.WeekRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The first condition that stopped a decision at a decision point, in words a manager reads.
 * Built on what the rules concluded (each target's weekly status against the goal in force, in
 * the evaluation's weeks) and on the plan's own records (support, check-ins, baselines), so it
 * follows whatever a rule folder decides a week is worth.
 */
public final class WhyNot {
    private final PlanDocument plan;
    private final Evaluation evaluation;

    /** Sentences for {@code evaluation} of {@code plan}. */
    public WhyNot(PlanDocument plan, Evaluation evaluation) {
        this.plan = plan;
        this.evaluation = evaluation;
    }

    /**
     * Why {@code missing} did not happen at a point that decided {@code decided} (empty: a point
     * that was due but where the rules decided nothing), judging {@code weeks}; empty when the
     * evaluation shows no reason (the caller names the rules instead).
     */
    public Optional<String> because(Decision missing, Optional<Decision> decidedHere, WeekRange weeks, int day,
            int extensionsUsed) {
        Optional<String> gap = firstGap(weeks);
        if (decidedHere.isEmpty()) {
            return undecided(missing, gap, weeks, day, extensionsUsed);
        }
        Decision decided = decidedHere.get();
        return switch (missing) {
            case CONTINUE, PASS -> gap.isPresent() ? gap : firstMiss(weeks);
            case INSUFFICIENT_DATA -> Optional.of("every behavioural target has data for " + span(weeks));
            case EXIT -> switch (decided) {
                case INSUFFICIENT_DATA -> gap.map(g -> "missing data wins over every other outcome: " + g);
                case HR_REVIEW -> Optional.of("a fairness guard turned the EXIT into HR_REVIEW: " + guards(day));
                case EXTEND -> Optional.of("every unmet behavioural target closed enough of its gap to extend");
                default -> Optional.of("every behavioural target met its goal over " + span(weeks));
            };
            case EXTEND -> switch (decided) {
                case PASS -> Optional.of("every behavioural target met its goal: nothing to extend");
                case INSUFFICIENT_DATA -> gap;
                default -> extensionsUsed >= evaluation.policy().maxExtensions()
                        ? Optional.of("no extension left (" + extensionsUsed + " of "
                                + evaluation.policy().maxExtensions() + " used)")
                        : firstShortGap(weeks);
            };
            case HR_REVIEW -> decided != Decision.EXIT
                    ? Optional.of("only an EXIT is reviewed by HR in its place; this point decided " + decided)
                    : Optional.of("no fairness guard holds: " + guards(day));
            case REGRESSION -> Optional.of("no behavioural target missed its goal in "
                    + evaluation.policy().regressionWeeks() + " consecutive monitoring weeks up to day " + day);
            case CLOSED -> gap.isPresent() ? gap : firstMiss(weeks).map(m -> "monitoring ended early: " + m);
            default -> Optional.empty();
        };
    }

    /** Why not {@code missing} at a point where the rules decided nothing at all. */
    private Optional<String> undecided(Decision missing, Optional<String> gap, WeekRange weeks, int day,
            int extensionsUsed) {
        Optional<String> miss = firstMiss(weeks);
        return switch (missing) {
            case CONTINUE, PASS -> gap.isPresent() ? gap : miss;
            case INSUFFICIENT_DATA -> gap.isPresent() ? Optional.empty()
                    : Optional.of("every behavioural target has data for " + span(weeks));
            case EXIT -> gap.isPresent() ? gap.map(g -> "missing data wins over every other outcome: " + g)
                    : miss.isEmpty() ? Optional.of("every behavioural target met its goal over " + span(weeks))
                    : extensionsUsed < evaluation.policy().maxExtensions() && firstShortGap(weeks).isEmpty()
                            ? Optional.of("every unmet behavioural target closed enough of its gap to extend")
                            : Optional.empty();
            case EXTEND -> gap.isPresent() ? gap : miss.isEmpty()
                    ? Optional.of("every behavioural target met its goal: nothing to extend")
                    : extensionsUsed >= evaluation.policy().maxExtensions()
                            ? Optional.of("no extension left (" + extensionsUsed + " of "
                                    + evaluation.policy().maxExtensions() + " used)")
                            : firstShortGap(weeks);
            case HR_REVIEW -> Optional.of("no EXIT was decided here for HR to review in its place");
            default -> Optional.empty();
        };
    }

    /** {@code no data for Outbound dials in week 6}, the first (week, target) without data. */
    private Optional<String> firstGap(WeekRange weeks) {
        for (WeekStatus w : judged(weeks)) {
            for (TargetWeek t : w.targets()) {
                if (behavioural(t.target()) && t.status() == CheckpointStatus.NO_DATA) {
                    return Optional.of("no data for " + name(t.target()) + " in week " + w.week()
                            + " (nothing is assumed to be zero)");
                }
            }
        }
        return Optional.empty();
    }

    /** The first behavioural target that missed: a week of an every-week target, or an average's mean. */
    private Optional<String> firstMiss(WeekRange weeks) {
        for (WeekStatus w : judged(weeks)) {
            for (TargetWeek t : w.targets()) {
                Optional<Target> target = plan.target(t.target());
                if (target.isEmpty() || !target.get().isBehavioural() || t.status() != CheckpointStatus.NOT_MET) {
                    continue;
                }
                if (target.get().judged() == Judged.AVERAGE) {
                    OptionalDouble mean = mean(t.target(), weeks);
                    if (mean.isPresent() && !meets(mean.getAsDouble(), t.goal(), t.direction())) {
                        return Optional.of(name(t.target()) + " averaged " + num(mean.getAsDouble()) + " over "
                                + span(weeks) + ", short of its goal of " + num(t.goal()));
                    }
                    continue;
                }
                return Optional.of(name(t.target()) + " missed its goal of " + num(t.goal()) + " in week " + w.week()
                        + " (" + num(t.value().orElse(0)) + ")");
            }
        }
        return Optional.empty();
    }

    /** The first unmet target that did not close enough of its gap from baseline to goal. */
    private Optional<String> firstShortGap(WeekRange weeks) {
        double needed = evaluation.policy().improvementShare();
        for (Target t : plan.behaviouralTargets()) {
            OptionalDouble mean = mean(t.id(), weeks);
            Optional<TargetWeek> last = lastWeek(t.id(), weeks);
            if (mean.isEmpty() || last.isEmpty() || t.baseline().isEmpty()) {
                continue;
            }
            double goal = last.get().goal();
            double baseline = t.baseline().getAsDouble();
            if (meets(mean.getAsDouble(), goal, t.direction())) {
                continue;
            }
            double closed = goal == baseline ? 0 : (mean.getAsDouble() - baseline) / (goal - baseline);
            if (closed < needed) {
                return Optional.of(t.displayName() + " closed " + pct(closed) + " of the gap from its baseline of "
                        + num(baseline) + " to its goal of " + num(goal) + " (mean " + num(mean.getAsDouble())
                        + " over " + span(weeks) + "); " + pct(needed) + " is needed to extend");
            }
        }
        return Optional.empty();
    }

    /** Support delivered against committed and missed check-ins, weeks 1 to the decision day's week. */
    private String guards(int day) {
        int lastWeek = day / 7;
        double perWeek = plan.support().stream().mapToDouble(SupportCommitment::perWeek).sum();
        double committed = perWeek * lastWeek;
        double delivered = plan.supportDelivered().stream().filter(d -> d.week() >= 1 && d.week() <= lastWeek)
                .mapToDouble(SupportDelivery::count).sum();
        Set<Integer> held = new HashSet<>();
        for (CheckIn c : plan.checkIns()) {
            if (c.held()) {
                held.add(c.week());
            }
        }
        int missed = 0;
        for (int w = 1; w <= lastWeek; w++) {
            missed += held.contains(w) ? 0 : 1;
        }
        return "support delivered " + num(delivered) + " of " + num(committed) + " committed over weeks 1-" + lastWeek
                + " (HR review below " + pct(evaluation.policy().supportDeliveredShare()) + "), " + missed
                + " missed check-ins (HR review at " + evaluation.policy().missedCheckInsForReview() + ")";
    }

    private List<WeekStatus> judged(WeekRange weeks) {
        List<WeekStatus> out = new ArrayList<>();
        for (WeekStatus w : evaluation.weeks()) {
            if (weeks.contains(w.week())) {
                out.add(w);
            }
        }
        return out;
    }

    private OptionalDouble mean(String target, WeekRange weeks) {
        double sum = 0;
        int n = 0;
        for (WeekStatus w : judged(weeks)) {
            for (TargetWeek t : w.targets()) {
                if (t.target().equals(target)) {
                    if (t.value().isEmpty()) {
                        return OptionalDouble.empty();
                    }
                    sum += t.value().getAsDouble();
                    n++;
                }
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    private Optional<TargetWeek> lastWeek(String target, WeekRange weeks) {
        Optional<TargetWeek> out = Optional.empty();
        for (WeekStatus w : judged(weeks)) {
            for (TargetWeek t : w.targets()) {
                if (t.target().equals(target)) {
                    out = Optional.of(t);
                }
            }
        }
        return out;
    }

    private boolean behavioural(String target) {
        return plan.target(target).map(Target::isBehavioural).orElse(false);
    }

    private String name(String target) {
        return plan.target(target).map(Target::displayName).orElse(target);
    }

    private static boolean meets(double value, double goal, Direction direction) {
        return direction == Direction.AT_LEAST ? value >= goal : value <= goal;
    }

    private static String span(WeekRange weeks) {
        return weeks.size() == 1 ? "week " + weeks.first() : "weeks " + weeks.first() + "-" + weeks.last();
    }

    /** A number as people write it: no trailing zeros, at most two decimals. */
    public static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%s", r);
    }

    private static String pct(double share) {
        return num(share * 100) + "%";
    }
}
