-- Log masking learns names as they are imported: every statement that adds or renames candidates or interviewers
-- sends one `reinterview_names` notification (no payload: names never travel outside a query), and each process
-- listening (worker, reply gateway, HTTP service, the embedded stack) reloads the names it masks in its logs.
CREATE FUNCTION notify_reinterview_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reinterview_names', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER candidates_names_changed AFTER INSERT OR UPDATE OF name ON candidates
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reinterview_names();
CREATE TRIGGER interviewers_names_changed AFTER INSERT OR UPDATE OF name ON interviewers
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reinterview_names();
