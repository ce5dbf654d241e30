-- Issue 28: documents kept with a person (signed consent, decisions, certificates): PDF, JPEG or PNG up to 10 MB,
-- erased with the person (personal-data.properties: person).
-- EclipseLink takes the block (value - 49 … value) of each value: the first one is 50
CREATE SEQUENCE kim_document_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kim_document (id bigint NOT NULL PRIMARY KEY, client_id varchar(12) NOT NULL, case_id bigint,
    kind varchar(20) NOT NULL, file_name varchar(200) NOT NULL, media_type varchar(40) NOT NULL,
    size_bytes bigint NOT NULL, content bytea NOT NULL, uploaded_at_ms bigint NOT NULL,
    uploaded_by varchar(100) NOT NULL);
CREATE INDEX kim_document_client ON kim_document (client_id);
