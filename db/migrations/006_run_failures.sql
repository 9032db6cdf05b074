-- A run that fails (a non-retryable activity error: invalid archive data, a template that cannot render, no free
-- time) records why, with outcome 'failed' and `ended_at`, instead of keeping its last stage open forever.
-- `failure` is the error's type and message, which name ids, never personal data.
ALTER TABLE reinterviews ADD COLUMN failure text;
