-- CP-IS store, schema version 2: who may ask an NHS Query, and the log of message transmissions.

-- The allow-list of accredited systems (CP-NHS018). A disabled system is refused at once (CP-IS059).
-- device_queries_allowed: the system may query as a device author, without a smartcard user (CP-NHS006, 019).
create table accredited_system (
    asid                   varchar(12)  primary key,
    name                   varchar      not null,
    ods_code               varchar(9)   not null,
    device_queries_allowed boolean      not null default false,
    enabled                boolean      not null default true
);

-- The client certificates a system connects with, by the SHA-256 of their DER encoding (64 lower-case hex
-- digits). A certificate belongs to one system at most; a system may have several (renewal).
create table accredited_system_certificate (
    sha256 char(64)     primary key,
    asid   varchar(12)  not null references accredited_system (asid) on delete cascade
);
create index accredited_system_certificate_by_asid on accredited_system_certificate (asid);

-- The role directory: the service's stand-in for SDS (CP-IS042, CP-NHS004). A disabled user is refused at once
-- (CP-IS059).
create table directory_user (
    sds_user_id varchar  primary key,
    given_name  varchar,
    family_name varchar,
    enabled     boolean  not null default true
);

-- A user's role profiles: the job role each is in. A role profile id belongs to one user.
create table directory_role_profile (
    role_profile_id varchar   primary key,
    sds_user_id     varchar   not null references directory_user (sds_user_id) on delete cascade,
    job_role_code   varchar   not null,
    profile_order   smallint  not null
);
create index directory_role_profile_by_user on directory_role_profile (sds_user_id);

-- The RBAC activities a role profile grants (B0107 View Child Protection Plan information, B0264, ...).
create table directory_role_activity (
    role_profile_id varchar     not null references directory_role_profile (role_profile_id) on delete cascade,
    activity        varchar(5)  not null,
    primary key (role_profile_id, activity)
);

-- One row per message in or out (CP-IS061): time, direction, origin, destination, interaction, message id, size
-- and outcome; never the content.
create table transmission (
    transmission_id bigint generated always as identity primary key,
    at              timestamptz  not null,
    direction       varchar(3)   not null,
    origin          varchar(200),
    destination     varchar(200),
    interaction     varchar(200) not null,
    message_id      varchar(200),
    size_bytes      bigint       not null,
    outcome         varchar(200) not null,
    constraint transmission_direction check (direction in ('IN', 'OUT'))
);
create index transmission_by_at on transmission (at);
