-- Issue 28: documents kept with a person (signed consent, decisions, certificates): PDF, JPEG or PNG up to 10 MB,
-- erased with the person (personal-data.properties: person).
-- EclipseLink takes the block (value - 49 … value) of each value: the first one is 50
CREATE SEQUENCE "KIM_DOCUMENT_ID_SEQ" AS BIGINT START WITH 50 INCREMENT BY 50 NO CYCLE;
CREATE TABLE "KIM_DOCUMENT" ("ID" BIGINT NOT NULL, "CLIENT_ID" VARCHAR(12) NOT NULL, "CASE_ID" BIGINT,
    "KIND" VARCHAR(20) NOT NULL, "FILE_NAME" VARCHAR(200) NOT NULL, "MEDIA_TYPE" VARCHAR(40) NOT NULL,
    "SIZE_BYTES" BIGINT NOT NULL, "CONTENT" BLOB(11M) NOT NULL, "UPLOADED_AT_MS" BIGINT NOT NULL,
    "UPLOADED_BY" VARCHAR(100) NOT NULL, PRIMARY KEY ("ID"));
CREATE INDEX "KIM_DOCUMENT_CLIENT" ON "KIM_DOCUMENT" ("CLIENT_ID");
