-- Issue 28: the client's postal address, and the case's file number (Aktenzeichen), searchable.
ALTER TABLE kim_client ADD COLUMN street VARCHAR(200);
ALTER TABLE kim_client ADD COLUMN postal_code VARCHAR(5);
ALTER TABLE kim_client ADD COLUMN city VARCHAR(100);
ALTER TABLE kim_case ADD COLUMN file_number VARCHAR(40);
CREATE INDEX kim_case_file_number ON kim_case (file_number);
