package dev.pip.core.json;

import dev.pip.core.PlanDocument;

/**
 * An application's own request type holding a plan, for {@link PipJacksonModuleTest} and
 * pip-generators' {@code PipJacksonModuleGeneratedTest}; public because Jackson reaches record
 * accessors only in exported packages on the module path.
 *
 * @param requestId the application's id of the request
 * @param plan      the plan to evaluate
 */
public record ApplicationRequest(String requestId, PlanDocument plan) {
}
