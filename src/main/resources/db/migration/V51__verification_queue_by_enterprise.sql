-- The clerk's queue filtered by enterprise (the credit code typed at the window): each open status of the
-- enterprise is one index range in queue order, so a page reads only that enterprise's open applications, not its
-- whole history (verification_application_enterprise_ix keeps serving the enterprise's own list, newest first).
-- Unfiltered, the queue reads verification_application_queue_ix (status, submitted_at, id) one status at a time.
create index verification_application_enterprise_queue_ix
    on verification_application (enterprise_id, status, submitted_at, id);
