-- The municipality an organisation chose (ADR 0032): a CBS code GM0000 of the shipped 2024 division, or NULL
-- when the organisation gave a COROP region or province code only. The region column keeps the COROP region
-- the municipality lies in, so everything that groups organisations by region reads it as before.
ALTER TABLE organisation ADD COLUMN municipality VARCHAR(6);
ALTER TABLE organisation ADD CONSTRAINT organisation_municipality_ck
    CHECK (municipality IS NULL OR LENGTH(municipality) = 6);
