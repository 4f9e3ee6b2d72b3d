-- CP-IS store, schema version 1 (PostgreSQL 13 or later; the embedded server is 16).
-- Instants are timestamptz; plan dates are timestamp without time zone, as the domain keeps them
-- (LocalDateTime to the minute the wire carries). Enum values are stored by name, our detail codes by code.

-- The records: one entry per (NHS number, providing Local Authority) (CP-IS021, CP-IS034), replaced whole
-- by that LA's next upload for the number (CP-IS020).
create table la_entry (
    entry_id             bigint generated always as identity primary key,
    nhs_number           varchar(10)  not null,
    la_ods_code          varchar(9)   not null,
    la_name              varchar      not null,
    emergency_duty_phone varchar(21)  not null,
    office_hours_phone   varchar(21),
    local_child_id       varchar,
    subject_kind         varchar(12)  not null,
    birth_date           date,
    upload_file_id       varchar      not null,
    received_at          timestamptz  not null,
    constraint la_entry_nhs_number_la unique (nhs_number, la_ods_code),
    constraint la_entry_subject_kind check (subject_kind in ('CHILD', 'UNBORN_CHILD'))
);

-- At most one plan of each type per entry; CPP, LAC and UCPP may be held at once (CP-IS035).
create table la_entry_plan (
    entry_id    bigint      not null references la_entry (entry_id) on delete cascade,
    plan_type   varchar(4)  not null,
    plan_order  smallint    not null,
    start_date  timestamp   not null,
    end_date    timestamp,
    delete_date timestamp,
    primary key (entry_id, plan_type),
    constraint la_entry_plan_type check (plan_type in ('CPP', 'LAC', 'UCPP'))
);

-- Every access event, kept in full (CP-IS036, CP-IS047). The author is a smartcard user (PERSON) or an
-- accredited system (SYSTEM); job role, role name and name parts are the user's, or the system's
-- responsible person's.
create table access_event (
    access_id                  bigint generated always as identity primary key,
    query_id                   uuid         not null,
    nhs_number                 varchar(10)  not null,
    accessed_at                timestamptz  not null,
    query_time                 timestamptz  not null,
    author_kind                varchar(6)   not null,
    author_org_code            varchar(9)   not null,
    author_org_name            varchar      not null,
    author_sds_user_id         varchar,
    author_sds_role_profile_id varchar,
    author_asid                varchar(12),
    author_job_role_code       varchar,
    author_role_name           varchar,
    author_name_prefix         varchar,
    author_name_given          varchar,
    author_name_family         varchar,
    author_name_suffix         varchar,
    constraint access_event_author_kind check (author_kind in ('PERSON', 'SYSTEM')),
    constraint access_event_person check (author_kind <> 'PERSON'
        or (author_sds_user_id is not null and author_job_role_code is not null)),
    constraint access_event_system check (author_kind <> 'SYSTEM' or author_asid is not null)
);
create index access_event_by_nhs_number on access_event (nhs_number, accessed_at);
create index access_event_by_accessed_at on access_event (accessed_at);

-- The tamper-evident audit trail (CP-IS073-076, CP-IS081): a SHA-256 hash chain.
--   detail_hash  = sha256(detail)
--   content_hash = sha256(canonical(at, action, actor, actor_org, subject_nhs, detail_hash))
--   row_hash     = sha256(prev_hash || sequence || content_hash), the first row chaining from 64 zeros
-- sequence is assigned from audit_head under its lock, so it has no gaps (an identity column would skip
-- numbers on rollback): a missing number is a deleted row.
-- Redaction (CP-IS076) empties detail and sets redacted; every hash stays, so the chain still verifies.
create table audit_event (
    sequence     bigint       primary key,
    at           timestamptz  not null,
    action       varchar(32)  not null,
    actor        varchar      not null,
    actor_org    varchar(9),
    subject_nhs  varchar(10),
    detail       varchar      not null,
    detail_hash  char(64)     not null,
    content_hash char(64)     not null,
    prev_hash    char(64)     not null,
    row_hash     char(64)     not null,
    redacted     boolean      not null default false
);
create index audit_event_by_subject on audit_event (subject_nhs, sequence);
create index audit_event_by_actor on audit_event (actor, sequence);
create index audit_event_by_action_at on audit_event (action, at);

-- The end of the chain, one row, locked by every append so that appenders never fork the chain.
create table audit_head (
    singleton     boolean   primary key default true,
    last_sequence bigint    not null,
    last_hash     char(64)  not null,
    constraint audit_head_one_row check (singleton)
);
insert into audit_head (singleton, last_sequence, last_hash)
values (true, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What decides how long a subject's audit rows are kept (CP-IS076).
create table audit_subject (
    nhs_number varchar(10) primary key,
    birth_date date
);

-- Applied upload files, one per (LA, sequence id), with the acknowledgement each was given.
create table upload_file (
    file_id                     bigint generated always as identity primary key,
    la_ods_code                 varchar(9)   not null,
    sequence_id                 varchar      not null,
    content_hash                varchar      not null,
    processed_at                timestamptz  not null,
    ack_sequence_id             varchar      not null,
    ack_created_at              timestamptz  not null,
    sender_ods_code             varchar,
    sender_name                 varchar,
    sender_emergency_duty_phone varchar,
    sender_office_hours_phone   varchar,
    file_outcome                varchar(5)   not null,
    file_problem                varchar(6),
    records_processed           integer      not null,
    constraint upload_file_la_sequence_id unique (la_ods_code, sequence_id)
);

-- One result per record of an acknowledgement, in order, with the record exactly as it was sent.
create table upload_record_result (
    file_id         bigint       not null references upload_file (file_id) on delete cascade,
    result_index    integer      not null,
    record_position integer      not null,
    subject_kind    varchar(12)  not null,
    nhs_number      varchar,
    local_id        varchar,
    given_name      varchar,
    family_name     varchar,
    birth_date      date,
    outcome         varchar(5)   not null,
    detail          varchar(6),
    primary key (file_id, result_index)
);

-- The plans of a record as sent (a refused record may lack a start date or repeat a plan type).
create table upload_record_plan (
    file_id      bigint      not null,
    result_index integer     not null,
    plan_index   integer     not null,
    plan_type    varchar(4)  not null,
    start_date   timestamp,
    end_date     timestamp,
    delete_date  timestamp,
    primary key (file_id, result_index, plan_index),
    foreign key (file_id, result_index) references upload_record_result (file_id, result_index) on delete cascade
);

-- The PDS stand-in: what demographics says about an NHS number, with every current name.
create table demographics_person (
    nhs_number    varchar(10)  primary key,
    birth_date    date,
    death_date    date,
    sensitive     boolean      not null default false,
    invalid       boolean      not null default false,
    superseded_by varchar(10)
);

create table demographics_name (
    nhs_number  varchar(10)  not null references demographics_person (nhs_number) on delete cascade,
    name_order  smallint     not null,
    given_name  varchar,
    family_name varchar,
    primary key (nhs_number, name_order)
);

-- The operator's switch: when available is false, every lookup fails as "PDS unavailable" (CPF05).
create table demographics_status (
    singleton boolean  primary key default true,
    available boolean  not null,
    constraint demographics_status_one_row check (singleton)
);
insert into demographics_status (singleton, available) values (true, true);

-- ODS codes to names (CP-IS008).
create table organisation (
    ods_code varchar(9)  primary key,
    name     varchar     not null,
    role     varchar
);
