package nl.werkkracht.store.techimpact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A technology impact analysis as stored: the application and the answers to the three TIM questions.
 *
 * @param applicationId a catalogue id, or {@code own}
 * @param description the user's description of an own application
 * @param taskTypes for an own application: the task types it touches; empty: all
 */
public record StoredAnalysis(
        long id,
        long organisationId,
        String applicationId,
        Optional<String> description,
        List<String> taskTypes,
        Optional<String> answerProducts,
        Optional<String> answerProcess,
        Optional<String> answerSkills,
        Instant createdAt,
        Instant updatedAt) {}
