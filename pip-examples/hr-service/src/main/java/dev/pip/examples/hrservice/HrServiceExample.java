package dev.pip.examples.hrservice;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pip.core.Approvals;
import dev.pip.core.CheckIn;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.json.PipJacksonModule;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HR service that embeds pip the way an application team would: its own request and
 * response types, its own Jackson {@code ObjectMapper} (with {@link PipJacksonModule}), its own
 * thread pool, the bundled rules, and nothing but the public API and the runtime jars (this
 * module depends on {@code pip-rules} alone: no DRL compiler).
 *
 * <pre>{@code
 * HrServiceExample service = new HrServiceExample(executor);
 * HttpAnswer answer = service.evaluate(requestBody);   // 200 with evaluations, or 400 with problems
 * }</pre>
 *
 * <p>Run {@code main} with a request file, or without arguments for a request built in Java.
 */
public final class HrServiceExample {
    /** What the service's clients send: plan documents and the date to judge them on. */
    public record EvaluationRequest(String requestId, String asOf, List<PlanDocument> plans) {
    }

    /** What the service answers: one evaluation per plan, in request order. */
    public record EvaluationResponse(String requestId, List<Evaluation> evaluations) {
    }

    /** What the service answers to a request it cannot use: every problem with its JSON path. */
    public record ProblemResponse(String message, List<Problem> problems) {
    }

    /** An HTTP status and a JSON body, as a web framework would send them. */
    public record HttpAnswer(int status, String body) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new PipJacksonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** Built once and shared: immutable and thread-safe. The bundled rules need no compiler. */
    private final PipEngine engine = PipEngine.withDefaultRules();
    private final ExecutorService executor;

    /** A service evaluating batches on {@code executor}, which the application owns and shuts down. */
    public HrServiceExample(ExecutorService executor) {
        this.executor = executor;
    }

    /** Answers one request body: 200 with the evaluations, or 400 naming every problem. */
    public HttpAnswer evaluate(String requestBody) {
        EvaluationRequest request;
        try {
            request = mapper.readValue(requestBody, EvaluationRequest.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidPlanException invalid) {
                // A bad plan: the same problems, with the same JSON paths, as PlanJson.read reports.
                return answer(400, new ProblemResponse("plan " + planIndex(e) + " is invalid", invalid.problems()));
            }
            return answer(400, new ProblemResponse("the request is not an evaluation request: "
                    + e.getOriginalMessage(), List.of()));
        } catch (IOException e) {
            return answer(400, new ProblemResponse("the request is not JSON: " + e.getMessage(), List.of()));
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(String.valueOf(request.asOf()));
        } catch (DateTimeParseException e) {
            return answer(400, new ProblemResponse("asOf must be a date (YYYY-MM-DD), was " + request.asOf(),
                    List.of()));
        }
        List<Evaluation> evaluations = engine.evaluateAll(request.plans(), asOf, executor);
        return answer(200, new EvaluationResponse(request.requestId(), evaluations));
    }

    private static String planIndex(JsonMappingException e) {
        return e.getPath().stream().filter(r -> r.getIndex() >= 0).map(r -> "#" + (r.getIndex() + 1))
                .findFirst().orElse("");
    }

    private HttpAnswer answer(int status, Object body) {
        try {
            return new HttpAnswer(status, mapper.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a request for {@code plans} as of {@code asOf}, as a client would send it. */
    public String request(String requestId, LocalDate asOf, List<PlanDocument> plans) {
        try {
            return mapper.writeValueAsString(new EvaluationRequest(requestId, asOf.toString(), plans));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plan as an HR system would assemble it in Java: every field set by name, so a data
     * source cannot be mistaken for a target's name. Four weeks of dials at {@code dialsPerWeek}, every
     * other target met, every check-in held and the coaching delivered.
     */
    public static PlanDocument plan(String planId, LocalDate start, double dialsPerWeek) {
        Target dials = Target.behavioural("dials", Direction.AT_LEAST).name("Outbound dials").unit("dials/week")
                .baseline(60).goal(100).source("dialer").build();
        Target meetings = Target.behavioural("meetings", Direction.AT_LEAST).name("First meetings held")
                .baseline(2).goal(4).source("CRM").build();
        Target noShows = Target.behavioural("no-shows", Direction.AT_MOST).name("Meetings the rep missed")
                .baseline(3).goal(1).source("CRM").build();
        List<Observation> observations = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<SupportDelivery> coaching = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            checkIns.add(new CheckIn(week, true, Optional.empty()));
            coaching.add(new SupportDelivery("COACHING", week, 1));
            observations.add(Observation.ofWeek("dials", week, dialsPerWeek));
            observations.add(Observation.ofWeek("meetings", week, 5));
            observations.add(Observation.ofWeek("no-shows", week, 0));
        }
        return PlanDocument.builder(planId, new Rep("rep-" + planId, Optional.empty(), Optional.empty(),
                        Optional.of("smb-north")), start,
                        Diagnosis.builder(RootCause.EFFORT).monthsUnderperforming(4).coachingTried(true)
                                .expectationsConversation(true).build())
                .manager(Optional.of("mgr-5"))
                .targets(List.of(dials, meetings, noShows))
                .support(List.of(new SupportCommitment("COACHING", 1)))
                .approvals(new Approvals(true, true, true))
                .observations(observations)
                .checkIns(checkIns)
                .supportDelivered(coaching)
                .build();
    }

    /** {@code HrServiceExample [REQUEST.json]}: prints the status and the response body. */
    public static void main(String[] args) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            HrServiceExample service = new HrServiceExample(pool);
            LocalDate start = LocalDate.of(2026, 10, 12);
            String body = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                    : service.request("req-1", start.plusDays(29),
                            List.of(plan("PIP-1", start, 120), plan("PIP-2", start, 70)));
            HttpAnswer answer = service.evaluate(body);
            System.out.println(answer.status());
            System.out.println(answer.body());
        } finally {
            pool.shutdown();
        }
    }
}
