package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A technology impact analysis as the API receives it: the application and the answers to the TIM questions. */
record AnalysisRequest(
        @Schema(
                        example = "genai-writing",
                        description = "a catalogue id (GET /api/v1/technology-applications) or 'own'")
                String applicationId,
        @Schema(description = "for 'own': what the application does") String description,
        @Schema(description = "for 'own': the task types it touches; all when omitted") List<String> taskTypes,
        @Schema(description = "TIM question 1: what changes in products and services") String answerProducts,
        @Schema(description = "TIM question 2: what changes in the work process") String answerProcess,
        @Schema(description = "TIM question 3: what changes in skills, per role") String answerSkills) {}
