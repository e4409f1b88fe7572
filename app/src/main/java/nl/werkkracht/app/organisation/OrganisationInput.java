package nl.werkkracht.app.organisation;

import io.swagger.v3.oas.annotations.media.Schema;

/** An organisation's profile as a user sends it (API and form). */
@Schema(description = "Organisation profile")
public record OrganisationInput(
        @Schema(description = "name", example = "Installatiebedrijf Voorbeeld B.V.") String name,
        @Schema(description = "SBI 2008 / NACE Rev. 2 section or division from the sector code list", example = "F")
                String sector,
        @Schema(description = "employees: 2-9, 10-49, 50-249 or 250+", example = "10-49") String sizeClass,
        @Schema(
                        description = "where the organisation does most of its work: a municipality code of the CBS"
                                + " 2024 division (GM0153; stored with its COROP region), a COROP (CR01..CR40) or"
                                + " province (PV20..PV31) code, or the name of a municipality or place"
                                + " (woonplaats) that names one municipality; see /api/v1/municipalities",
                        example = "GM0153")
                String region,
        @Schema(description = "contact person (optional)") String contactName,
        @Schema(description = "contact e-mail (optional)") String contactEmail,
        @Schema(
                        description =
                                "Chamber of Commerce (KvK) number, 8 digits, unique on the platform; optional, but"
                                        + " required before the organisation can join a benchmark network",
                        example = "12345678")
                String kvkNumber) {}
