-- Attachment content, addressed by its SHA-256 (lowercase hex): the same file uploaded twice is stored once.
-- Which record a file belongs to, its name and type live with the attachment (a later migration), not here.
create table attachment_blob (
    sha256     varchar(64) primary key,
    size_bytes bigint      not null,
    content    bytea       not null,
    created_at timestamp with time zone not null
);
