-- Issue 25: the audit trail does not trust the database. Each row carries the HMAC it was written with
-- (key id and MAC, "k1:<hex>"), each link of the chain the id of the key that made its hash (null: a link of an
-- earlier release, hashed with plain SHA-256).
ALTER TABLE kim_audit ADD COLUMN row_mac VARCHAR(80);
ALTER TABLE kim_audit_chain ADD COLUMN key_id VARCHAR(16);
