-- The signed ORGANIZER of each recipient's copy of a run's calendar event (SPEC R-M5). Written when the first
-- invite of the event goes to that recipient; every later update and cancel of the same event reuses it, since
-- calendar clients ignore an update whose organizer changed. The reply gateway checks an iTIP REPLY or COUNTER
-- against it.
CREATE TABLE calendar_organizers (
    event_uid        text NOT NULL,
    role             text NOT NULL CHECK (role IN ('candidate', 'interviewer')),
    organizer        text NOT NULL,
    minted_sequence  integer NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_uid, role)
);
