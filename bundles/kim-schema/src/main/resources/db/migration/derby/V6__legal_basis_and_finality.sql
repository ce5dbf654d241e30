-- Issue 27: a planned Rechtskreiswechsel keeps the provision and the law's version its rule followed; a residence
-- status granted by a decision records the day the decision became final (unanfechtbar).
ALTER TABLE "KIM_PLANNED_TRANSITION" ADD COLUMN "LEGAL_BASIS" VARCHAR(400);
ALTER TABLE "KIM_RESIDENCE_STATUS" ADD COLUMN "DECISION_FINAL_ON" DATE;
