-- Scan pre-check (OCR): one row per attachment that a scan reader should read. The queue lives here, not in a
-- node's memory, so that any node's workers take it up and a restart loses nothing: a worker claims a QUEUED row
-- (or a RUNNING one whose claim is older than the stale limit: its node died) by a conditional update, reads the
-- scan and writes the text back. Matches against the record's values are computed when read, so they follow edits.
create table attachment_ocr (
    attachment_id bigint        not null primary key references attachment (id),
    sha256        varchar(64)   not null,
    content_type  varchar(100)  not null,
    state         varchar(12)   not null,
    attempts      integer       not null,
    queued_at     timestamp with time zone not null,
    claimed_by    varchar(100),
    claimed_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    pages         integer,
    millis        bigint,
    error         varchar(200),
    content_text  varchar(200000)
);
create index attachment_ocr_state on attachment_ocr (state, queued_at);
create index attachment_ocr_sha256 on attachment_ocr (sha256);
