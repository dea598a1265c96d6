-- due_at of a case not closed is now its nearest running marketplace clock, not the first deadline of its
-- opening: an offer sent stops the clock to answer, a changed request or a return starts others. Forgotten here
-- so the engine records it again at start (the dispute_case_due_unknown index finds these rows).
UPDATE dispute_case SET due_at = NULL WHERE state <> 'closed';
