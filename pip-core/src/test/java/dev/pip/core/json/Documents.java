package dev.pip.core.json;

/** Plan documents for the JSON tests, as text. */
final class Documents {
    /** The example of the specification, section 10. */
    static final String DOMAIN_EXAMPLE = """
            {
              "planId": "PIP-2026-014",
              "rep": {"id": "rep-17", "hireDate": "2023-02-01", "team": "mid-market-east"},
              "manager": "mgr-3",
              "startDate": "2026-09-07",
              "windowDays": 60,
              "diagnosis": {"rootCause": "SKILL", "gap": "no financial impact questions in discovery",
                "monthsUnderperforming": 3, "coachingTried": true, "suddenDrop": false,
                "priorPipRegressed": false, "teamShareBelowStandard": 0.1,
                "resourcesProvided": ["qualification framework"], "expectationsConversation": false},
              "targets": [{"id": "discovery", "name": "Qualified discovery calls", "kind": "BEHAVIOURAL",
                "unit": "calls/week", "baseline": 8, "goal": 15, "direction": "AT_LEAST",
                "source": "CRM", "judged": "EVERY_WEEK"}],
              "trackedMetrics": [{"id": "win-rate", "name": "Win rate", "direction": "AT_LEAST"}],
              "support": [{"kind": "COACHING", "perWeek": 1}],
              "checkInsPerWeek": 1,
              "approvals": {"hrReviewed": true, "repSigned": true, "managerSigned": true},
              "observations": [{"metric": "discovery", "week": 1, "value": 12},
                               {"metric": "discovery", "date": "2026-09-15", "value": 3}],
              "checkIns": [{"week": 1, "held": true, "note": "reviewed 3 calls"}],
              "supportDelivered": [{"kind": "COACHING", "week": 1, "count": 1}],
              "policy": {"gateDay": 30}
            }
            """;

    /** The smallest valid document: only the required fields. */
    static final String MINIMAL = """
            {"planId": "P-1", "rep": {"id": "r-1"}, "startDate": "2026-03-02",
             "diagnosis": {"rootCause": "EFFORT"}, "targets": []}
            """;

    private Documents() {
    }

    /** A one-line document with one target {@code t1} and COACHING support, plus {@code extra} root fields. */
    static String valid(String extraRootFields) {
        return "{\"planId\": \"P-1\", \"rep\": {\"id\": \"r-1\"}, \"startDate\": \"2026-03-02\","
                + " \"diagnosis\": {\"rootCause\": \"SKILL\"},"
                + " \"targets\": [{\"id\": \"t1\", \"kind\": \"BEHAVIOURAL\", \"direction\": \"AT_LEAST\","
                + " \"baseline\": 2, \"goal\": 5, \"source\": \"CRM\"}],"
                + " \"support\": [{\"kind\": \"COACHING\"}]"
                + (extraRootFields.isEmpty() ? "" : ", " + extraRootFields) + "}";
    }
}
