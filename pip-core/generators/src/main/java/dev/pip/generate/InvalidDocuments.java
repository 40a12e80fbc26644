package dev.pip.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.json.PlanJson;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Generates invalid plan documents: a valid generated plan written as JSON, then broken in one
 * way ({@link Breakage}), each knowing the JSON path of the problem a reader must report.
 *
 * <pre>{@code
 * InvalidDocuments invalid = InvalidDocuments.of(PlanGenerator.defaults());
 * InvalidDocument doc = invalid.next(new SplittableRandom(7));
 * try {
 *     PlanJson.read(doc.json(), "generated");
 * } catch (InvalidPlanException e) {
 *     // e.problems() holds a problem at doc.path()
 * }
 * }</pre>
 */
public final class InvalidDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] REQUIRED_TARGET_FIELDS = {"id", "kind", "direction"};

    private final PlanGenerator plans;

    private InvalidDocuments(PlanGenerator plans) {
        this.plans = plans;
    }

    /** Invalid documents made from the valid plans of {@code plans}. */
    public static InvalidDocuments of(PlanGenerator plans) {
        return new InvalidDocuments(plans);
    }

    /** A document broken in a random way. */
    public InvalidDocument next(RandomGenerator random) {
        Breakage[] all = Breakage.values();
        return next(random, all[random.nextInt(all.length)]);
    }

    /** A document broken by {@code breakage}. */
    public InvalidDocument next(RandomGenerator random, Breakage breakage) {
        PlanDocument plan = plans.next(random).plan();
        String json = PlanJson.write(plan);
        if (breakage == Breakage.MALFORMED_JSON) {
            return new InvalidDocument(breakage, "$", json.substring(0, 1 + random.nextInt(json.length() - 1)));
        }
        ObjectNode root = parse(json);
        String path = new Breaker(random, root, plan).apply(breakage);
        try {
            return new InvalidDocument(breakage, path, MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks one tree in one way and answers the path of the problem. */
    private record Breaker(RandomGenerator r, ObjectNode root, PlanDocument plan) {
        String apply(Breakage breakage) {
            return switch (breakage) {
                case MALFORMED_JSON -> throw new IllegalStateException("handled on the text");
                case MISSING_REQUIRED_FIELD -> missing();
                case WRONG_TYPE -> wrongType();
                case UNKNOWN_FIELD -> unknownField();
                case UNKNOWN_ENUM_VALUE -> unknownEnum();
                case IMPOSSIBLE_DATE -> {
                    root.put("startDate", pick("2026-02-30", "2026-13-01", "07/09/2026", "2026-9-7", "yesterday"));
                    yield "$.startDate";
                }
                case NEGATIVE_NUMBER -> negative();
                case DUPLICATE_ID -> {
                    ArrayNode targets = array("targets");
                    if (targets.size() < 2) {
                        targets.add(targets.get(0).deepCopy());
                        yield "$.targets[1].id";
                    }
                    int second = 1 + r.nextInt(targets.size() - 1);
                    ((ObjectNode) targets.get(second)).put("id", targets.get(r.nextInt(second)).get("id").asText());
                    yield "$.targets[" + second + "].id";
                }
                case UNKNOWN_METRIC -> {
                    int i = r.nextInt(array("observations").size());
                    observation(i).put("metric", pick("calls", "T1", "t9", "win rate"));
                    yield "$.observations[" + i + "].metric";
                }
                case WEEK_AND_DATE -> {
                    int i = r.nextInt(array("observations").size());
                    observation(i).put("week", 1).put("date", plan.startDate().toString());
                    yield "$.observations[" + i + "]";
                }
                case NEITHER_WEEK_NOR_DATE -> {
                    int i = r.nextInt(array("observations").size());
                    observation(i).remove(java.util.List.of("week", "date"));
                    yield "$.observations[" + i + "]";
                }
                case WEEK_BELOW_ONE -> weekBelowOne();
                case DATE_BEFORE_START -> {
                    int i = r.nextInt(array("observations").size());
                    LocalDate before = plan.startDate().minusDays(1 + r.nextInt(30));
                    observation(i).remove("week");
                    observation(i).put("date", before.toString());
                    yield "$.observations[" + i + "].date";
                }
                case DUPLICATE_WEEK_VALUE -> duplicateWeek();
                case UNCOMMITTED_SUPPORT -> {
                    ArrayNode delivered = array("supportDelivered");
                    if (delivered.isEmpty()) {
                        delivered.addObject().put("kind", "MENTORING").put("week", 1).put("count", 1);
                        yield "$.supportDelivered[0].kind";
                    }
                    int i = r.nextInt(delivered.size());
                    ((ObjectNode) delivered.get(i)).put("kind", pick("MENTORING", "coaching", "SHADOWING"));
                    yield "$.supportDelivered[" + i + "].kind";
                }
                case SHARE_OUT_OF_RANGE -> shareOutOfRange();
                case DAYS_OUT_OF_RANGE -> daysOutOfRange();
                case RECORD_NOT_A_PERSONS_DECISION -> {
                    int i = someRecord(records());
                    record(i).put("decision", pick("HR_REVIEW", "INSUFFICIENT_DATA", "PENDING", "NOT_ACTIVATABLE"));
                    yield "$.decisions[" + i + "].decision";
                }
                case RECORD_DAY_BELOW_ONE -> {
                    int i = someRecord(records());
                    record(i).put("day", -r.nextInt(3));
                    yield "$.decisions[" + i + "].day";
                }
                case RECORD_DAYS_NOT_INCREASING -> {
                    ArrayNode records = records();
                    int i = 1 + r.nextInt(records.size() - 1);
                    int previous = record(i - 1).get("day").asInt();
                    record(i).put("day", Math.max(1, previous - r.nextInt(3)));
                    yield "$.decisions[" + i + "].day";
                }
                case RECORD_OUT_OF_ORDER -> outOfOrder(records());
                case RECORD_CONTINUE_TOO_LATE -> {
                    ArrayNode records = records();
                    records.removeAll();
                    records.addObject().put("day", plan.windowDays() - 6 + r.nextInt(6)).put("decision", "CONTINUE");
                    yield "$.decisions[0].day";
                }
                case RECORD_MALFORMED_FIELD -> malformedRecord(records());
            };
        }

        /**
         * Valid records written into the document: the gate passed (when the plan has days after
         * it), PASS at the end of the window and CLOSED at the end of monitoring.
         */
        private ArrayNode records() {
            Policy policy = Policy.defaults().with(plan.policy());
            ArrayNode records = root.putArray("decisions");
            if (plan.windowDays() > policy.gateDay()) {
                records.addObject().put("day", Math.min(policy.gateDay(), plan.windowDays() - 7))
                        .put("decision", "CONTINUE").put("by", "mgr-3");
            }
            records.addObject().put("day", plan.windowDays()).put("decision", "PASS").put("by", "hr-4")
                    .put("note", "all targets met");
            records.addObject().put("day", plan.windowDays() + policy.monitoringDays()).put("decision", "CLOSED");
            return records;
        }

        private ObjectNode record(int i) {
            return (ObjectNode) array("decisions").get(i);
        }

        private int someRecord(ArrayNode records) {
            return r.nextInt(records.size());
        }

        private String outOfOrder(ArrayNode records) {
            int last = records.size() - 1;
            switch (r.nextInt(5)) {
                case 0 -> {
                    record(0).put("decision", pick("REGRESSION", "CLOSED"));
                    return "$.decisions[0].decision";
                }
                case 1 -> {
                    record(last - 1).put("decision", "EXIT");
                    return "$.decisions[" + last + "].decision";
                }
                case 2 -> {
                    record(last).put("decision", pick("PASS", "EXTEND", "EXIT", "CONTINUE"));
                    return "$.decisions[" + last + "].decision";
                }
                case 3 -> {
                    records.addObject().put("day", record(last).get("day").asInt() + 7)
                            .put("decision", pick("CLOSED", "REGRESSION", "EXTEND"));
                    return "$.decisions[" + (last + 1) + "].decision";
                }
                default -> {
                    record(last - 1).put("decision", "EXTEND");
                    return "$.decisions[" + last + "].decision";
                }
            }
        }

        private String malformedRecord(ArrayNode records) {
            int i = someRecord(records);
            ObjectNode record = record(i);
            switch (r.nextInt(6)) {
                case 0 -> record.put("day", pick("30", "day 30", "2026-10-06"));
                case 1 -> record.put("day", 30.5);
                case 2 -> {
                    record.remove("day");
                    return "$.decisions[" + i + "].day";
                }
                case 3 -> {
                    record.remove("decision");
                    return "$.decisions[" + i + "].decision";
                }
                case 4 -> {
                    String field = pick("by", "note");
                    record.put(field, r.nextInt(100));
                    return "$.decisions[" + i + "]." + field;
                }
                default -> {
                    String name = pick("date", "decidedBy", "notes", "Day");
                    record.put(name, "x");
                    return "$.decisions[" + i + "]." + name;
                }
            }
            return "$.decisions[" + i + "].day";
        }

        private String pick(String... choices) {
            return choices[r.nextInt(choices.length)];
        }

        private ArrayNode array(String field) {
            return (ArrayNode) root.get(field);
        }

        private ObjectNode observation(int i) {
            return (ObjectNode) array("observations").get(i);
        }

        private ObjectNode object(String field) {
            JsonNode node = root.get(field);
            return node instanceof ObjectNode o ? o : root.putObject(field);
        }

        private int someTarget() {
            return r.nextInt(array("targets").size());
        }

        private String missing() {
            switch (r.nextInt(5)) {
                case 0 -> root.remove("planId");
                case 1 -> {
                    object("rep").remove("id");
                    return "$.rep.id";
                }
                case 2 -> {
                    root.remove("startDate");
                    return "$.startDate";
                }
                case 3 -> {
                    object("diagnosis").remove("rootCause");
                    return "$.diagnosis.rootCause";
                }
                default -> {
                    int t = someTarget();
                    String field = pick(REQUIRED_TARGET_FIELDS);
                    ((ObjectNode) array("targets").get(t)).remove(field);
                    return "$.targets[" + t + "]." + field;
                }
            }
            return "$.planId";
        }

        private String wrongType() {
            switch (r.nextInt(4)) {
                case 0 -> root.put("windowDays", pick("sixty", "60", "true"));
                case 1 -> {
                    int t = someTarget();
                    ((ObjectNode) array("targets").get(t)).put("baseline", "8");
                    return "$.targets[" + t + "].baseline";
                }
                case 2 -> {
                    object("approvals").put("hrReviewed", "yes");
                    return "$.approvals.hrReviewed";
                }
                default -> {
                    root.put("targets", "t1, t2, t3");
                    return "$.targets";
                }
            }
            return "$.windowDays";
        }

        private String unknownField() {
            if (r.nextBoolean()) {
                String name = pick("windowDay", "startdate", "checkinsPerWeek", "observation", "polcy");
                root.put(name, 1);
                return "$." + name;
            }
            int t = someTarget();
            String name = pick("goalAfterGat", "baseLine", "judge", "souce");
            ((ObjectNode) array("targets").get(t)).put(name, 1);
            return "$.targets[" + t + "]." + name;
        }

        private String unknownEnum() {
            if (r.nextBoolean()) {
                object("diagnosis").put("rootCause", pick("skill", "MOTIVATION", "Effort"));
                return "$.diagnosis.rootCause";
            }
            int t = someTarget();
            String field = pick("kind", "direction", "judged");
            String value = switch (field) {
                case "kind" -> pick("BEHAVIORAL", "OUTPUT", "behavioural");
                case "direction" -> pick("ATLEAST", "AT-MOST", "UP");
                default -> pick("EVERYWEEK", "MEAN", "average");
            };
            ((ObjectNode) array("targets").get(t)).put(field, value);
            return "$.targets[" + t + "]." + field;
        }

        private String negative() {
            if (r.nextBoolean()) {
                int t = someTarget();
                String field = pick("baseline", "goal");
                ((ObjectNode) array("targets").get(t)).put(field, -1 - r.nextInt(10));
                return "$.targets[" + t + "]." + field;
            }
            int i = r.nextInt(array("observations").size());
            observation(i).put("value", -1 - r.nextInt(10));
            return "$.observations[" + i + "].value";
        }

        private String weekBelowOne() {
            String chosen = pick("observations", "checkIns", "supportDelivered");
            String field = array(chosen).isEmpty() ? "observations" : chosen;
            ArrayNode items = array(field);
            int i = r.nextInt(items.size());
            ObjectNode item = (ObjectNode) items.get(i);
            item.remove("date");
            item.put("week", -r.nextInt(2));
            return "$." + field + "[" + i + "].week";
        }

        /** Appends a second week-form value for a (metric, week) that already has one, or two new ones. */
        private String duplicateWeek() {
            ArrayNode observations = array("observations");
            for (JsonNode o : observations) {
                if (o.has("week")) {
                    observations.add(o.deepCopy());
                    return "$.observations[" + (observations.size() - 1) + "].week";
                }
            }
            String metric = plan.targets().get(0).id();
            int week = 1 + plan.observations().size();
            observations.addObject().put("metric", metric).put("week", week).put("value", 1);
            observations.addObject().put("metric", metric).put("week", week).put("value", 2);
            return "$.observations[" + (observations.size() - 1) + "].week";
        }

        private String shareOutOfRange() {
            if (r.nextBoolean()) {
                object("diagnosis").put("teamShareBelowStandard", pick(1.5, -0.1, 50));
                return "$.diagnosis.teamShareBelowStandard";
            }
            String field = pick("teamWideShare", "improvementShare", "supportDeliveredShare");
            object("policy").put(field, pick(1.01, -0.5, 80));
            return "$.policy." + field;
        }

        private double pick(double... choices) {
            return choices[r.nextInt(choices.length)];
        }

        private String daysOutOfRange() {
            if (r.nextInt(3) == 0) {
                object("policy").put("gateDay", plan.windowDays() + 1 + r.nextInt(30));
                return "$.policy.gateDay";
            }
            String field = pick("gateDay", "extensionDays", "monitoringDays");
            object("policy").put(field, 6 - r.nextInt(20));
            return "$.policy." + field;
        }
    }
}
