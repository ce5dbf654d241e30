-- An index on every foreign-key column. Derby makes one for each foreign key itself; PostgreSQL does not, so
-- reading a case's goals, activities or referrals, a client's languages and household, or checking a referral in
-- the access guard's scope read the whole table (at 1,000,000 cases a person search as typed took up to 0.9 s,
-- mostly in the scope's referral check). About 2.5 s on a database of 1,000,000 cases.
CREATE INDEX IF NOT EXISTS index_kim_activity_case_id ON kim_activity USING btree (case_id);
CREATE INDEX IF NOT EXISTS index_kim_case_assessment_case_id ON kim_case_assessment USING btree (case_id);
CREATE INDEX IF NOT EXISTS index_kim_client_household_client_id ON kim_client_household USING btree (client_id);
CREATE INDEX IF NOT EXISTS index_kim_client_language_client_id ON kim_client_language USING btree (client_id);
CREATE INDEX IF NOT EXISTS index_kim_delivery_event_id ON kim_delivery USING btree (event_id);
CREATE INDEX IF NOT EXISTS index_kim_finding_case_finding_id ON kim_finding_case USING btree (finding_id);
CREATE INDEX IF NOT EXISTS index_kim_goal_case_id ON kim_goal USING btree (case_id);
CREATE INDEX IF NOT EXISTS index_kim_municipality_district_key ON kim_municipality USING btree (district_key);
CREATE INDEX IF NOT EXISTS index_kim_office_legal_domain_office_id ON kim_office_legal_domain USING btree (office_id);
CREATE INDEX IF NOT EXISTS index_kim_office_municipality_ags ON kim_office_municipality USING btree (ags);
CREATE INDEX IF NOT EXISTS index_kim_procedure_milestone_instance_id ON kim_procedure_milestone USING btree (instance_id);
CREATE INDEX IF NOT EXISTS index_kim_referral_case_id ON kim_referral USING btree (case_id);
CREATE INDEX IF NOT EXISTS index_kim_service_municipality_ags ON kim_service_municipality USING btree (ags);
CREATE INDEX IF NOT EXISTS index_kim_service_provider_office_id ON kim_service USING btree (provider_office_id);
CREATE INDEX IF NOT EXISTS index_kim_steering_agenda_meeting_id ON kim_steering_agenda USING btree (meeting_id);
CREATE INDEX IF NOT EXISTS index_kim_steering_decision_meeting_id ON kim_steering_decision USING btree (meeting_id);
