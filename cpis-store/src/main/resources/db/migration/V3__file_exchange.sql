-- CP-IS store, schema version 3: LA file exchange (mailboxes, their messages) and the demographics change feed.
-- Enumerated columns hold the Java enum names (Door, MessageState, DemographicsChange.Kind); never rename one.

-- One mailbox per registered Local Authority (CP-IS004, CP-SC014). The id is the MESH-style mailbox id.
create table mailbox (
    mailbox_id              varchar(100)  primary key,
    la_ods_code             varchar(9)    not null,
    name                    varchar       not null,
    door                    varchar(6)    not null,
    enabled                 boolean       not null,
    registered_at           timestamptz   not null,
    certificate_fingerprint char(64),
    constraint mailbox_la_ods_code unique (la_ods_code),
    constraint mailbox_door check (door in ('HTTP', 'FOLDER')),
    constraint mailbox_name_given check (length(trim(name)) > 0)
);

-- The MESH password of each mailbox: a SECRET, kept in its own table so that nothing reading mailbox (reports,
-- listings, select *) ever sees it. It is stored as given, not hashed, because the MESH authorisation token is an
-- HMAC over a string that contains the password itself: the service must know it to check a token.
create table mailbox_password (
    mailbox_id    varchar(100)  primary key references mailbox (mailbox_id) on delete cascade,
    mesh_password varchar       not null
);

-- Every message of every mailbox, in or out, with its lifecycle. The body is not here: it is kept encrypted on
-- disk under the message id. Sender and recipient are not foreign keys: the service's own mailbox is one end of
-- every message and is not a registered Local Authority.
-- once_key is unique; PostgreSQL never counts two NULLs as equal, so messages without one never collide.
create table exchange_message (
    message_id  varchar       primary key,
    sender      varchar(100)  not null,
    recipient   varchar(100)  not null,
    workflow_id varchar       not null,
    local_id    varchar,
    subject     varchar,
    file_name   varchar,
    size_bytes  bigint        not null,
    checksum    varchar,
    chunk_count integer       not null,
    state       varchar(12)   not null,
    created_at  timestamptz   not null,
    state_at    timestamptz   not null,
    linked_id   varchar,
    once_key    varchar,
    note        varchar,
    constraint exchange_message_once_key unique (once_key),
    constraint exchange_message_state check (state in ('UPLOADING', 'RECEIVED', 'PROCESSING', 'PROCESSED',
        'REJECTED', 'READY', 'ACKNOWLEDGED', 'EXPIRED')),
    constraint exchange_message_workflow_given check (length(trim(workflow_id)) > 0),
    constraint exchange_message_size check (size_bytes >= 0),
    constraint exchange_message_chunks check (chunk_count >= 1)
);
create index exchange_message_inbox on exchange_message (recipient, state, created_at);
create index exchange_message_by_state on exchange_message (state, created_at);
create index exchange_message_sent_by on exchange_message (sender, created_at);

-- The demographics change feed (CP-IS012): numbers PDS no longer uses, waiting to be notified to the LAs that hold
-- them (notified_at null). The same change, (inactive, replacement) with an unknown replacement counted as one
-- value, is recorded once: the unique index below compares the replacement with NULL read as ''.
create table demographics_change (
    change_id              bigint generated always as identity primary key,
    inactive_nhs_number    varchar(10)  not null,
    replacement_nhs_number varchar(10),
    kind                   varchar(10)  not null,
    recorded_at            timestamptz  not null,
    notified_at            timestamptz,
    constraint demographics_change_kind check (kind in ('SUPERSEDED', 'MERGED')),
    constraint demographics_change_not_itself check (replacement_nhs_number is null
        or replacement_nhs_number <> inactive_nhs_number)
);
/* [jooq ignore start] */
create unique index demographics_change_once
    on demographics_change (inactive_nhs_number, coalesce(replacement_nhs_number, ''));
/* [jooq ignore stop] */
create index demographics_change_pending on demographics_change (change_id) where notified_at is null;
