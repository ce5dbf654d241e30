-- Issue 27: a planned Rechtskreiswechsel keeps the provision and the law's version its rule followed; a residence
-- status granted by a decision records the day the decision became final (unanfechtbar).
ALTER TABLE kim_planned_transition ADD COLUMN legal_basis VARCHAR(400);
ALTER TABLE kim_residence_status ADD COLUMN decision_final_on DATE;
