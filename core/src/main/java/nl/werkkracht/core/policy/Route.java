package nl.werkkracht.core.policy;

/**
 * The route a policy measure takes to raise productivity (the SER's and SER Overijssel's themes): technology,
 * organisation of work, people, education, knowledge sharing, the SME ecosystem, the burden of rules, or another.
 */
public enum Route {
    TECHNOLOGY,
    ORGANISATION,
    PEOPLE,
    EDUCATION,
    KNOWLEDGE_SHARING,
    SME_ECOSYSTEM,
    REGULATION_BURDEN,
    OTHER
}
