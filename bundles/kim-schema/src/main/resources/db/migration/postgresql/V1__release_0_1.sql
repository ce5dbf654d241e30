-- The schema of release 0.1 on PostgreSQL: what EclipseLink 2.7 created there from the same entities (taken with
-- pg_dump), with 64-bit generated ids. Release 0.1 ran on Derby only, so no PostgreSQL database has to be baselined.

CREATE TABLE kim_activity (
    id bigint NOT NULL,
    activity_date date NOT NULL,
    kind character varying(20) NOT NULL,
    note character varying(4000),
    officeid bigint,
    case_id bigint
);

CREATE SEQUENCE kim_activity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_activity_id_seq OWNED BY kim_activity.id;

CREATE TABLE kim_audit (
    id bigint NOT NULL,
    action_name character varying(40) NOT NULL,
    at_millis bigint NOT NULL,
    case_id bigint,
    client_id character varying(20),
    detail character varying(500),
    office_id bigint,
    outcome character varying(10) NOT NULL,
    purpose character varying(20),
    role_name character varying(30),
    scope character varying(8),
    user_name character varying(100) NOT NULL
);

CREATE TABLE kim_audit_chain (
    seal bigint NOT NULL,
    audit_id bigint NOT NULL,
    previous_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL
);

CREATE SEQUENCE kim_audit_id
    START WITH 500
    INCREMENT BY 500
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE kim_case (
    id bigint NOT NULL,
    casemanager character varying(100),
    client_id character varying(12) NOT NULL,
    closedon date,
    closurereason character varying(1000),
    first_contact_on date,
    holderofficeid bigint,
    legal_hold character varying(500),
    openedon date,
    owner_municipality character varying(8) NOT NULL,
    phase character varying(20) NOT NULL,
    targetgroup character varying(30),
    version bigint
);

CREATE TABLE kim_case_assessment (
    area character varying(20),
    assessedon date,
    need character varying(10),
    note character varying(4000),
    case_id bigint
);

CREATE SEQUENCE kim_case_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_case_id_seq OWNED BY kim_case.id;

CREATE TABLE kim_case_task (
    id bigint NOT NULL,
    action character varying(100),
    case_id bigint NOT NULL,
    completedby character varying(100),
    completedon date,
    due date,
    instance_id bigint NOT NULL,
    labelde character varying(500),
    labelen character varying(500),
    note character varying(2000),
    procedureid character varying(100) NOT NULL,
    stage character varying(100) NOT NULL,
    status character varying(12) NOT NULL,
    task_key character varying(100) NOT NULL
);

CREATE SEQUENCE kim_case_task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_case_task_id_seq OWNED BY kim_case_task.id;

CREATE TABLE kim_client (
    id character varying(12) NOT NULL,
    arrivaldate date,
    dateofbirth date NOT NULL,
    email character varying(255),
    employable boolean,
    familyname character varying(255) NOT NULL,
    givennames character varying(255),
    municipality character varying(8) NOT NULL,
    nationality character varying(3),
    phone character varying(255),
    version bigint
);

CREATE TABLE kim_client_household (
    other_client_id character varying(12),
    relation character varying(12),
    client_id character varying(12)
);

CREATE TABLE kim_client_language (
    client_id character varying(12),
    language character varying(8),
    pos integer
);

CREATE TABLE kim_client_name_key (
    id character varying(120) NOT NULL,
    client_id character varying(12) NOT NULL,
    sortname character varying(300) NOT NULL,
    token character varying(100) NOT NULL
);

CREATE TABLE kim_client_task (
    id bigint NOT NULL,
    checklist character varying(20),
    client_id character varying(12) NOT NULL,
    done boolean,
    due date,
    ruleid character varying(80),
    title character varying(500),
    warnfrom date
);

CREATE SEQUENCE kim_client_task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_client_task_id_seq OWNED BY kim_client_task.id;

CREATE TABLE kim_consent (
    id bigint NOT NULL,
    client_id character varying(12) NOT NULL,
    documentref character varying(200),
    givenon date NOT NULL,
    purpose character varying(20) NOT NULL,
    recipientkind character varying(20),
    recipientofficeid bigint,
    withdrawnon date
);

CREATE SEQUENCE kim_consent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_consent_id_seq OWNED BY kim_consent.id;

CREATE TABLE kim_definition (
    id bigint NOT NULL,
    active boolean,
    bundle character varying(200) NOT NULL,
    bundleversion character varying(60) NOT NULL,
    content text NOT NULL,
    declaredat timestamp without time zone,
    def_id character varying(100) NOT NULL,
    def_version character varying(40) NOT NULL,
    hash character varying(64) NOT NULL,
    kind character varying(12) NOT NULL
);

CREATE SEQUENCE kim_definition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_definition_id_seq OWNED BY kim_definition.id;

CREATE TABLE kim_deletion (
    id bigint NOT NULL,
    at_millis bigint NOT NULL,
    deleted_by character varying(100) NOT NULL,
    case_id bigint,
    client_id character varying(20),
    kept_until date,
    record_type character varying(10) NOT NULL,
    rule_name character varying(100) NOT NULL
);

CREATE SEQUENCE kim_deletion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_deletion_id_seq OWNED BY kim_deletion.id;

CREATE TABLE kim_delivery (
    id bigint NOT NULL,
    attempts integer,
    deliveredat bytea,
    lasterror character varying(500),
    laststatus integer,
    next_attempt_at bigint,
    state character varying(12) NOT NULL,
    target character varying(120) NOT NULL,
    event_id bigint
);

CREATE SEQUENCE kim_delivery_id
    START WITH 100
    INCREMENT BY 100
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE kim_district (
    district_key character varying(5) NOT NULL,
    name character varying(255) NOT NULL,
    seat character varying(255)
);

CREATE TABLE kim_external_key (
    id bigint NOT NULL,
    caseid bigint,
    clientid character varying(20) NOT NULL,
    external_key character varying(100) NOT NULL,
    recordedat bytea,
    recordedby character varying(100),
    source character varying(100) NOT NULL
);

CREATE SEQUENCE kim_external_key_id
    START WITH 100
    INCREMENT BY 100
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE kim_finding_case (
    finding_id bigint,
    case_id bigint
);

CREATE TABLE kim_form_field (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    field character varying(100) NOT NULL,
    form_id character varying(100) NOT NULL,
    submission_id bigint NOT NULL,
    submitted_on date,
    field_value character varying(1000)
);

CREATE SEQUENCE kim_form_field_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_form_field_id_seq OWNED BY kim_form_field.id;

CREATE TABLE kim_form_submission (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    data text NOT NULL,
    definitionhash character varying(64) NOT NULL,
    form_id character varying(100) NOT NULL,
    formversion character varying(40) NOT NULL,
    submittedat timestamp without time zone,
    submittedby character varying(100)
);

CREATE SEQUENCE kim_form_submission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_form_submission_id_seq OWNED BY kim_form_submission.id;

CREATE TABLE kim_goal (
    id bigint NOT NULL,
    agreedon date,
    area character varying(20),
    case_municipality character varying(8),
    case_target_group character varying(30),
    client_id character varying(12),
    description character varying(2000) NOT NULL,
    duedate date,
    status character varying(20),
    case_id bigint
);

CREATE SEQUENCE kim_goal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_goal_id_seq OWNED BY kim_goal.id;

CREATE TABLE kim_legal_domain_period (
    id bigint NOT NULL,
    benefit_change boolean,
    benefit_gap_days integer,
    client_id character varying(12) NOT NULL,
    continued_until date,
    domain character varying(20) NOT NULL,
    from_date date NOT NULL,
    officeid bigint,
    to_date date
);

CREATE SEQUENCE kim_legal_domain_period_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_legal_domain_period_id_seq OWNED BY kim_legal_domain_period.id;

CREATE TABLE kim_monitoring_snapshot (
    id bigint NOT NULL,
    figures text,
    period integer NOT NULL,
    sha256 character varying(64),
    takenat bytea,
    takenby character varying(100)
);

CREATE SEQUENCE kim_monitoring_snapshot_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_monitoring_snapshot_id_seq OWNED BY kim_monitoring_snapshot.id;

CREATE TABLE kim_municipality (
    ags character varying(8) NOT NULL,
    kimparticipant boolean,
    name character varying(255) NOT NULL,
    population integer,
    populationdate date,
    district_key character varying(5)
);

CREATE TABLE kim_needs (
    id bigint NOT NULL,
    allocationsannounced integer,
    childcareplacesmissing integer,
    familyreunifications integer,
    languagecourseplaces integer,
    localconditions character varying(4000),
    municipality character varying(8) NOT NULL,
    period integer NOT NULL,
    version bigint
);

CREATE SEQUENCE kim_needs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_needs_id_seq OWNED BY kim_needs.id;

CREATE TABLE kim_occupation (
    id bigint NOT NULL,
    client_id character varying(12) NOT NULL,
    description character varying(200),
    from_date date NOT NULL,
    involuntaryend boolean,
    kind character varying(20) NOT NULL,
    to_date date
);

CREATE SEQUENCE kim_occupation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_occupation_id_seq OWNED BY kim_occupation.id;

CREATE TABLE kim_office (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(255) NOT NULL,
    version bigint,
    city character varying(255),
    postalcode character varying(255),
    street character varying(255)
);

CREATE SEQUENCE kim_office_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_office_id_seq OWNED BY kim_office.id;

CREATE TABLE kim_office_legal_domain (
    office_id bigint,
    legal_domain character varying(20)
);

CREATE TABLE kim_office_municipality (
    office_id bigint NOT NULL,
    ags character varying(8) NOT NULL
);

CREATE TABLE kim_outbox_event (
    id bigint NOT NULL,
    dispatched boolean,
    event_key character varying(120) NOT NULL,
    occurredat bytea,
    payload text,
    topic character varying(120) NOT NULL,
    type character varying(40) NOT NULL
);

CREATE SEQUENCE kim_outbox_id
    START WITH 100
    INCREMENT BY 100
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE kim_planned_transition (
    id bigint NOT NULL,
    client_id character varying(12) NOT NULL,
    deadline date,
    deadline_moved boolean,
    effectivedate date,
    from_domain character varying(20),
    note character varying(1000),
    receivingofficeid bigint,
    referralid bigint,
    ruleid character varying(80),
    status character varying(12),
    to_domain character varying(20)
);

CREATE SEQUENCE kim_planned_transition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_planned_transition_id_seq OWNED BY kim_planned_transition.id;

CREATE TABLE kim_post (
    id bigint NOT NULL,
    from_date date NOT NULL,
    fte double precision,
    funding character varying(60),
    holder character varying(100),
    holdername character varying(200),
    municipality character varying(8) NOT NULL,
    officeid bigint,
    placement character varying(200),
    role character varying(20) NOT NULL,
    to_date date,
    version bigint
);

CREATE SEQUENCE kim_post_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_post_id_seq OWNED BY kim_post.id;

CREATE TABLE kim_procedure_instance (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    endedon date,
    procedureid character varying(100) NOT NULL,
    procedureversion character varying(40) NOT NULL,
    startedon date,
    status character varying(12) NOT NULL
);

CREATE SEQUENCE kim_procedure_instance_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_procedure_instance_id_seq OWNED BY kim_procedure_instance.id;

CREATE TABLE kim_procedure_milestone (
    instance_id bigint,
    reached_on date,
    milestone character varying(100)
);

CREATE TABLE kim_referral (
    id bigint NOT NULL,
    createdon date,
    deadline date,
    kind character varying(12) NOT NULL,
    note character varying(4000),
    outcome character varying(4000),
    purpose character varying(20) NOT NULL,
    status character varying(12) NOT NULL,
    toofficeid bigint NOT NULL,
    transitionid bigint,
    version bigint,
    case_id bigint
);

CREATE SEQUENCE kim_referral_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_referral_id_seq OWNED BY kim_referral.id;

CREATE TABLE kim_residence_status (
    id bigint NOT NULL,
    client_id character varying(12) NOT NULL,
    issuingofficeid bigint,
    previous_title character varying(20),
    title character varying(20) NOT NULL,
    validfrom date NOT NULL,
    validto date
);

CREATE SEQUENCE kim_residence_status_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_residence_status_id_seq OWNED BY kim_residence_status.id;

CREATE TABLE kim_service (
    id bigint NOT NULL,
    description character varying(4000),
    name character varying(255) NOT NULL,
    topicarea character varying(20),
    version bigint,
    provider_office_id bigint
);

CREATE SEQUENCE kim_service_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_service_id_seq OWNED BY kim_service.id;

CREATE TABLE kim_service_municipality (
    service_id bigint NOT NULL,
    ags character varying(8) NOT NULL
);

CREATE TABLE kim_setting (
    name character varying(60) NOT NULL,
    changedat bigint,
    changedby character varying(100),
    setting_value character varying(500)
);

CREATE TABLE kim_state_export (
    id bigint NOT NULL,
    bytes bigint,
    cells integer,
    createdat bytea,
    createdby character varying(100),
    filename character varying(120),
    format character varying(8),
    period integer,
    sha256 character varying(64),
    suppressed integer
);

CREATE SEQUENCE kim_state_export_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_state_export_id_seq OWNED BY kim_state_export.id;

CREATE TABLE kim_steering_agenda (
    meeting_id bigint,
    finding_id bigint,
    "position" integer
);

CREATE TABLE kim_steering_decision (
    id bigint NOT NULL,
    duedate date,
    finding_id bigint NOT NULL,
    resolves boolean,
    responsible character varying(200),
    text character varying(2000) NOT NULL,
    meeting_id bigint
);

CREATE SEQUENCE kim_steering_decision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_steering_decision_id_seq OWNED BY kim_steering_decision.id;

CREATE TABLE kim_steering_meeting (
    id bigint NOT NULL,
    meeting_date date NOT NULL,
    title character varying(200) NOT NULL,
    version bigint
);

CREATE SEQUENCE kim_steering_meeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_steering_meeting_id_seq OWNED BY kim_steering_meeting.id;

CREATE TABLE kim_structural_finding (
    id bigint NOT NULL,
    description character varying(4000),
    reportedon date,
    status character varying(12) NOT NULL,
    title character varying(255) NOT NULL,
    topic character varying(20),
    version bigint
);

CREATE SEQUENCE kim_structural_finding_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_structural_finding_id_seq OWNED BY kim_structural_finding.id;

CREATE TABLE kim_webhook (
    id bigint NOT NULL,
    active boolean,
    createdat bytea,
    createdby character varying(100),
    events character varying(400) NOT NULL,
    purpose character varying(400),
    secret character varying(200) NOT NULL,
    url character varying(2000) NOT NULL
);

CREATE SEQUENCE kim_webhook_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE kim_webhook_id_seq OWNED BY kim_webhook.id;

ALTER TABLE ONLY kim_activity ALTER COLUMN id SET DEFAULT nextval('kim_activity_id_seq'::regclass);

ALTER TABLE ONLY kim_case ALTER COLUMN id SET DEFAULT nextval('kim_case_id_seq'::regclass);

ALTER TABLE ONLY kim_case_task ALTER COLUMN id SET DEFAULT nextval('kim_case_task_id_seq'::regclass);

ALTER TABLE ONLY kim_client_task ALTER COLUMN id SET DEFAULT nextval('kim_client_task_id_seq'::regclass);

ALTER TABLE ONLY kim_consent ALTER COLUMN id SET DEFAULT nextval('kim_consent_id_seq'::regclass);

ALTER TABLE ONLY kim_definition ALTER COLUMN id SET DEFAULT nextval('kim_definition_id_seq'::regclass);

ALTER TABLE ONLY kim_deletion ALTER COLUMN id SET DEFAULT nextval('kim_deletion_id_seq'::regclass);

ALTER TABLE ONLY kim_form_field ALTER COLUMN id SET DEFAULT nextval('kim_form_field_id_seq'::regclass);

ALTER TABLE ONLY kim_form_submission ALTER COLUMN id SET DEFAULT nextval('kim_form_submission_id_seq'::regclass);

ALTER TABLE ONLY kim_goal ALTER COLUMN id SET DEFAULT nextval('kim_goal_id_seq'::regclass);

ALTER TABLE ONLY kim_legal_domain_period ALTER COLUMN id SET DEFAULT nextval('kim_legal_domain_period_id_seq'::regclass);

ALTER TABLE ONLY kim_monitoring_snapshot ALTER COLUMN id SET DEFAULT nextval('kim_monitoring_snapshot_id_seq'::regclass);

ALTER TABLE ONLY kim_needs ALTER COLUMN id SET DEFAULT nextval('kim_needs_id_seq'::regclass);

ALTER TABLE ONLY kim_occupation ALTER COLUMN id SET DEFAULT nextval('kim_occupation_id_seq'::regclass);

ALTER TABLE ONLY kim_office ALTER COLUMN id SET DEFAULT nextval('kim_office_id_seq'::regclass);

ALTER TABLE ONLY kim_planned_transition ALTER COLUMN id SET DEFAULT nextval('kim_planned_transition_id_seq'::regclass);

ALTER TABLE ONLY kim_post ALTER COLUMN id SET DEFAULT nextval('kim_post_id_seq'::regclass);

ALTER TABLE ONLY kim_procedure_instance ALTER COLUMN id SET DEFAULT nextval('kim_procedure_instance_id_seq'::regclass);

ALTER TABLE ONLY kim_referral ALTER COLUMN id SET DEFAULT nextval('kim_referral_id_seq'::regclass);

ALTER TABLE ONLY kim_residence_status ALTER COLUMN id SET DEFAULT nextval('kim_residence_status_id_seq'::regclass);

ALTER TABLE ONLY kim_service ALTER COLUMN id SET DEFAULT nextval('kim_service_id_seq'::regclass);

ALTER TABLE ONLY kim_state_export ALTER COLUMN id SET DEFAULT nextval('kim_state_export_id_seq'::regclass);

ALTER TABLE ONLY kim_steering_decision ALTER COLUMN id SET DEFAULT nextval('kim_steering_decision_id_seq'::regclass);

ALTER TABLE ONLY kim_steering_meeting ALTER COLUMN id SET DEFAULT nextval('kim_steering_meeting_id_seq'::regclass);

ALTER TABLE ONLY kim_structural_finding ALTER COLUMN id SET DEFAULT nextval('kim_structural_finding_id_seq'::regclass);

ALTER TABLE ONLY kim_webhook ALTER COLUMN id SET DEFAULT nextval('kim_webhook_id_seq'::regclass);

ALTER TABLE ONLY kim_activity
    ADD CONSTRAINT kim_activity_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_audit_chain
    ADD CONSTRAINT kim_audit_chain_pkey PRIMARY KEY (seal);

ALTER TABLE ONLY kim_audit
    ADD CONSTRAINT kim_audit_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_case
    ADD CONSTRAINT kim_case_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_case_task
    ADD CONSTRAINT kim_case_task_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_client_name_key
    ADD CONSTRAINT kim_client_name_key_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_client
    ADD CONSTRAINT kim_client_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_client_task
    ADD CONSTRAINT kim_client_task_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_consent
    ADD CONSTRAINT kim_consent_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_definition
    ADD CONSTRAINT kim_definition_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_deletion
    ADD CONSTRAINT kim_deletion_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_delivery
    ADD CONSTRAINT kim_delivery_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_district
    ADD CONSTRAINT kim_district_pkey PRIMARY KEY (district_key);

ALTER TABLE ONLY kim_external_key
    ADD CONSTRAINT kim_external_key_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_form_field
    ADD CONSTRAINT kim_form_field_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_form_submission
    ADD CONSTRAINT kim_form_submission_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_goal
    ADD CONSTRAINT kim_goal_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_legal_domain_period
    ADD CONSTRAINT kim_legal_domain_period_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_monitoring_snapshot
    ADD CONSTRAINT kim_monitoring_snapshot_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_municipality
    ADD CONSTRAINT kim_municipality_pkey PRIMARY KEY (ags);

ALTER TABLE ONLY kim_needs
    ADD CONSTRAINT kim_needs_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_occupation
    ADD CONSTRAINT kim_occupation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_office_municipality
    ADD CONSTRAINT kim_office_municipality_pkey PRIMARY KEY (office_id, ags);

ALTER TABLE ONLY kim_office
    ADD CONSTRAINT kim_office_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_outbox_event
    ADD CONSTRAINT kim_outbox_event_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_planned_transition
    ADD CONSTRAINT kim_planned_transition_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_post
    ADD CONSTRAINT kim_post_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_procedure_instance
    ADD CONSTRAINT kim_procedure_instance_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_referral
    ADD CONSTRAINT kim_referral_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_residence_status
    ADD CONSTRAINT kim_residence_status_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_service_municipality
    ADD CONSTRAINT kim_service_municipality_pkey PRIMARY KEY (service_id, ags);

ALTER TABLE ONLY kim_service
    ADD CONSTRAINT kim_service_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_setting
    ADD CONSTRAINT kim_setting_pkey PRIMARY KEY (name);

ALTER TABLE ONLY kim_state_export
    ADD CONSTRAINT kim_state_export_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_steering_decision
    ADD CONSTRAINT kim_steering_decision_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_steering_meeting
    ADD CONSTRAINT kim_steering_meeting_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_structural_finding
    ADD CONSTRAINT kim_structural_finding_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_webhook
    ADD CONSTRAINT kim_webhook_pkey PRIMARY KEY (id);

ALTER TABLE ONLY kim_external_key
    ADD CONSTRAINT unq_kim_external_key_0 UNIQUE (source, external_key);

ALTER TABLE ONLY kim_needs
    ADD CONSTRAINT unq_kim_needs_0 UNIQUE (municipality, period);

ALTER TABLE ONLY kim_outbox_event
    ADD CONSTRAINT unq_kim_outbox_event_0 UNIQUE (event_key);

CREATE INDEX index_kim_case_client_id ON kim_case USING btree (client_id);

CREATE INDEX index_kim_case_owner_municipality ON kim_case USING btree (owner_municipality);

CREATE INDEX index_kim_case_task_case_id ON kim_case_task USING btree (case_id);

CREATE INDEX index_kim_case_task_status_due ON kim_case_task USING btree (status, due);

CREATE INDEX index_kim_client_dateofbirth ON kim_client USING btree (dateofbirth);

CREATE INDEX index_kim_client_familyname ON kim_client USING btree (familyname);

CREATE INDEX index_kim_client_municipality ON kim_client USING btree (municipality);

CREATE INDEX index_kim_client_name_key_client_id ON kim_client_name_key USING btree (client_id);

CREATE INDEX index_kim_client_name_key_token_sortname_client_id ON kim_client_name_key USING btree (token, sortname, client_id);

CREATE INDEX index_kim_client_task_client_id ON kim_client_task USING btree (client_id);

CREATE INDEX index_kim_client_task_done_warnfrom ON kim_client_task USING btree (done, warnfrom);

CREATE INDEX index_kim_consent_client_id ON kim_consent USING btree (client_id);

CREATE INDEX index_kim_definition_kind_def_id ON kim_definition USING btree (kind, def_id);

CREATE INDEX index_kim_delivery_state_next_attempt_at ON kim_delivery USING btree (state, next_attempt_at);

CREATE INDEX index_kim_delivery_target ON kim_delivery USING btree (target);

CREATE INDEX index_kim_form_field_case_id ON kim_form_field USING btree (case_id);

CREATE INDEX index_kim_form_field_form_id_field ON kim_form_field USING btree (form_id, field);

CREATE INDEX index_kim_form_submission_case_id ON kim_form_submission USING btree (case_id);

CREATE INDEX index_kim_legal_domain_period_client_id ON kim_legal_domain_period USING btree (client_id);

CREATE INDEX index_kim_monitoring_snapshot_period ON kim_monitoring_snapshot USING btree (period);

CREATE INDEX index_kim_occupation_client_id ON kim_occupation USING btree (client_id);

CREATE INDEX index_kim_outbox_event_dispatched ON kim_outbox_event USING btree (dispatched);

CREATE INDEX index_kim_planned_transition_client_id ON kim_planned_transition USING btree (client_id);

CREATE INDEX index_kim_planned_transition_status_effectivedate ON kim_planned_transition USING btree (status, effectivedate);

CREATE INDEX index_kim_post_holder ON kim_post USING btree (holder);

CREATE INDEX index_kim_post_municipality ON kim_post USING btree (municipality);

CREATE INDEX index_kim_procedure_instance_case_id ON kim_procedure_instance USING btree (case_id);

CREATE INDEX index_kim_residence_status_client_id ON kim_residence_status USING btree (client_id);

CREATE UNIQUE INDEX kim_audit_chain_row ON kim_audit_chain USING btree (audit_id);

ALTER TABLE ONLY kim_activity
    ADD CONSTRAINT fk_kim_activity_case_id FOREIGN KEY (case_id) REFERENCES kim_case(id);

ALTER TABLE ONLY kim_case_assessment
    ADD CONSTRAINT fk_kim_case_assessment_case_id FOREIGN KEY (case_id) REFERENCES kim_case(id);

ALTER TABLE ONLY kim_client_household
    ADD CONSTRAINT fk_kim_client_household_client_id FOREIGN KEY (client_id) REFERENCES kim_client(id);

ALTER TABLE ONLY kim_client_language
    ADD CONSTRAINT fk_kim_client_language_client_id FOREIGN KEY (client_id) REFERENCES kim_client(id);

ALTER TABLE ONLY kim_delivery
    ADD CONSTRAINT fk_kim_delivery_event_id FOREIGN KEY (event_id) REFERENCES kim_outbox_event(id);

ALTER TABLE ONLY kim_finding_case
    ADD CONSTRAINT fk_kim_finding_case_finding_id FOREIGN KEY (finding_id) REFERENCES kim_structural_finding(id);

ALTER TABLE ONLY kim_goal
    ADD CONSTRAINT fk_kim_goal_case_id FOREIGN KEY (case_id) REFERENCES kim_case(id);

ALTER TABLE ONLY kim_municipality
    ADD CONSTRAINT fk_kim_municipality_district_key FOREIGN KEY (district_key) REFERENCES kim_district(district_key);

ALTER TABLE ONLY kim_office_legal_domain
    ADD CONSTRAINT fk_kim_office_legal_domain_office_id FOREIGN KEY (office_id) REFERENCES kim_office(id);

ALTER TABLE ONLY kim_office_municipality
    ADD CONSTRAINT fk_kim_office_municipality_ags FOREIGN KEY (ags) REFERENCES kim_municipality(ags);

ALTER TABLE ONLY kim_office_municipality
    ADD CONSTRAINT fk_kim_office_municipality_office_id FOREIGN KEY (office_id) REFERENCES kim_office(id);

ALTER TABLE ONLY kim_procedure_milestone
    ADD CONSTRAINT fk_kim_procedure_milestone_instance_id FOREIGN KEY (instance_id) REFERENCES kim_procedure_instance(id);

ALTER TABLE ONLY kim_referral
    ADD CONSTRAINT fk_kim_referral_case_id FOREIGN KEY (case_id) REFERENCES kim_case(id);

ALTER TABLE ONLY kim_service_municipality
    ADD CONSTRAINT fk_kim_service_municipality_ags FOREIGN KEY (ags) REFERENCES kim_municipality(ags);

ALTER TABLE ONLY kim_service_municipality
    ADD CONSTRAINT fk_kim_service_municipality_service_id FOREIGN KEY (service_id) REFERENCES kim_service(id);

ALTER TABLE ONLY kim_service
    ADD CONSTRAINT fk_kim_service_provider_office_id FOREIGN KEY (provider_office_id) REFERENCES kim_office(id);

ALTER TABLE ONLY kim_steering_agenda
    ADD CONSTRAINT fk_kim_steering_agenda_meeting_id FOREIGN KEY (meeting_id) REFERENCES kim_steering_meeting(id);

ALTER TABLE ONLY kim_steering_decision
    ADD CONSTRAINT fk_kim_steering_decision_meeting_id FOREIGN KEY (meeting_id) REFERENCES kim_steering_meeting(id);
